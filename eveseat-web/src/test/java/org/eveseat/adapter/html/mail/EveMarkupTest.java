package org.eveseat.adapter.html.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EveMarkupTest {
    private final OwaspMailBodySanitizer sanitizer = new OwaspMailBodySanitizer();

    @Test
    void fontSizesArePixelsWithinReason() {
        assertThat(sanitizer.sanitize("<font size=\"12\">small</font>"))
                .isEqualTo("<span style=\"font-size:12px;\">small</span>");
        assertThat(sanitizer.sanitize("<font size=\"999\">huge</font>")).contains("font-size:72px;");
        assertThat(sanitizer.sanitize("<font size=\"1\">tiny</font>")).contains("font-size:6px;");
        assertThat(sanitizer.sanitize("<font>plain</font>")).isEqualTo("plain");
    }

    @ParameterizedTest
    @CsvSource({
            "ff00ff00, 'rgba(0,255,0,1)'",
            "bfffffff, 'rgba(255,255,255,0.75)'",
            "00000000, 'rgba(0,0,0,0)'",
            "80FF0000, 'rgba(255,0,0,0.5)'",
            "ffa500, '#ffa500'"})
    void coloursAreArgb(String eve, String css) {
        assertThat(sanitizer.sanitize("<font color=\"#" + eve + "\">x</font>"))
                .isEqualTo("<span style=\"color:" + css + ";\">x</span>");
    }

    @Test
    void sizeAndColourTogetherInEitherOrder() {
        assertThat(sanitizer.sanitize("<font color=\"#ff00ff00\" size=\"14\">go</font>"))
                .isEqualTo("<span style=\"font-size:14px;color:rgba(0,255,0,1);\">go</span>");
    }

    @ParameterizedTest
    @CsvSource({
            "showinfo:1377//90000001, /info/character/90000001",
            "showinfo:1386//2112625428, /info/character/2112625428",
            "showinfo:2//98000001, /info/corporation/98000001",
            "showinfo:16159//99000001, /info/alliance/99000001",
            "showinfo:5//30000142, /info/system/30000142",
            "showinfo:1529//60003760, /info/item/60003760",
            "showinfo:587, /info/type/587"})
    void showinfoLinksStayInEveSeat(String eve, String path) {
        assertThat(sanitizer.sanitize("<a href=\"" + eve + "\">there</a>"))
                .isEqualTo("<a href=\"" + path + "\">there</a>");
    }

    @Test
    void killReportsLeadToZkillboardInANewTab() {
        assertThat(sanitizer.sanitize("<a href=\"killReport:123456789:0123abcd\">Kill: Rifter</a>"))
                .isEqualTo("<a href=\"https://zkillboard.com/kill/123456789/\" target=\"_blank\" "
                        + "rel=\"noopener noreferrer\" title=\"Opens zkillboard.com in a new tab\">Kill: Rifter</a>");
    }

    @Test
    void externalLinksOpenInANewTabAndSayWhereTheyLead() {
        String safe = sanitizer.sanitize("<a href=\"https://www.eveonline.com/news?a=1&b=2\">news</a>");
        assertThat(safe).startsWith("<a href=\"https://www.eveonline.com/news?a").endsWith(" target=\"_blank\" "
                + "rel=\"noopener noreferrer\" title=\"Opens www.eveonline.com in a new tab\">news</a>");
    }

    @Test
    void otherEveSchemesLoseTheLinkButKeepTheText() {
        assertThat(sanitizer.sanitize("<a href=\"fitting:587:1;1::\">My Rifter</a>")).isEqualTo("My Rifter");
        assertThat(sanitizer.sanitize("<a href=\"joinChannel:-1234\">Channel</a>")).isEqualTo("Channel");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        assertThat(sanitizer.sanitize("a &lt;font size=\"99\"&gt; b")).doesNotContain("<span");
    }
}
