package org.eveseat.adapter.html.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OwaspMailBodySanitizerTest {
    private static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "u", "br", "span", "a");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("style", "href", "rel", "target", "title");
    /** Only the CSS the EVE translation writes itself. */
    private static final Pattern STYLE = Pattern.compile("(font-size:\\d{1,2}px;)?(color:(#[0-9a-f]{6}|rgba\\(\\d{1,3},"
            + "\\d{1,3},\\d{1,3},[01](\\.\\d{1,2})?\\));)?");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([^\\s/>]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)\\s*=\\s*\"([^\"]*)\"");

    private final OwaspMailBodySanitizer sanitizer = new OwaspMailBodySanitizer();

    @Test
    void eveFormattingSurvives() {
        String body = "<font size=\"14\" color=\"#bfffffff\"><b>Fleet</b> <i>tonight</i> <u>19:00</u></font><br>"
                + "Ping <a href=\"showinfo:1377//93265215\">Demo Pilot</a> or see "
                + "<a href=\"https://zkillboard.com/character/93265215/\">zkill</a>";
        String safe = sanitizer.sanitize(body);
        assertThat(safe).contains("<span style=\"font-size:14px;color:rgba(255,255,255,0.75);\"><b>Fleet</b> "
                + "<i>tonight</i> <u>19:00</u></span><br />", "href=\"/info/character/93265215\"",
                "href=\"https://zkillboard.com/character/93265215/\"", "Demo Pilot", "zkill",
                "title=\"Opens zkillboard.com in a new tab\"", "target=\"_blank\"");
        assertThat(safe).as("links open without access to EVESeat")
                .containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
        assertThat(sanitizer.sanitize("plain & simple < 3")).isEqualTo("plain &amp; simple &lt; 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>hi",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"java&#x09;script:alert(1)\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>",
            "<a href=\" javascript:alert(1)\">click</a>",
            "<a href=\"vbscript:msgbox(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<svg onload=alert(1)><circle r=5 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"x.swf\">",
            "<font style=\"background:url(javascript:alert(1))\" color=\"#ffffff\">coloured</font>",
            "<font color=\"red\" onmouseover=\"alert(1)\">hover</font>",
            "<b onclick=alert(1)>bold</b>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)<</script>/script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<font size=\"12\" color=\"#ffffff\"><a href=\"showinfo:1377//1\" onfocus=alert(1) autofocus>x</a></font>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<a href=\"https://ok.example\"><img src=x onerror=alert(1)></a>"})
    void hostileMarkupLeavesOnlyAllowedTagsAttributesAndSchemes(String hostile) {
        String safe = sanitizer.sanitize(hostile);
        String lower = safe.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "javascript:", "vbscript:", "data:", "onerror", "onload",
                "onclick", "onmouseover", "onfocus", "url(", "background", "<iframe", "<svg", "<img", "<object", "<embed",
                "<base", "<meta", "<form", "<math");
        Matcher tag = TAG.matcher(safe);
        while (tag.find()) {
            assertThat(tag.group(1).toLowerCase(Locale.ROOT)).as(safe).isIn(ALLOWED_TAGS);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                assertThat(attribute.group(1)).as(safe).isIn(ALLOWED_ATTRIBUTES);
                if (attribute.group(1).equals("href")) {
                    assertThat(attribute.group(2)).as(safe).matches("https?:.*|/info/[a-z]+/\\d+");
                }
                if (attribute.group(1).equals("style")) {
                    assertThat(attribute.group(2)).as(safe).matches(STYLE);
                }
            }
            assertThat(tag.group(2).replaceAll(ATTRIBUTE.pattern(), "").trim()).as(safe).isIn("", "/");
        }
    }

    @Test
    void aMissingBodyIsEmpty() {
        assertThat(List.of(sanitizer.sanitize(null), sanitizer.sanitize(""))).containsOnly("");
    }
}
