package org.eveseat.adapter.html.mail;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.mail.port.out.MailBodySanitizer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * EVE mail bodies through an allow-list policy of the OWASP Java HTML Sanitizer: only the markup the EVE client
 * writes survives (font with a numeric size and a hex colour, bold, italic, underline, line breaks, links to
 * http, https and EVE's showinfo and killReport targets). Everything else is dropped, its text kept and escaped: scripts, event
 * handlers, styles, frames, SVG and MathML, and any other URL scheme (javascript:, data:, vbscript:). The
 * sanitizer parses the markup as a browser would, so broken or nested tags cannot smuggle anything through.
 * What is left is then translated from EVE's dialect into what a browser draws the same way ({@link EveMarkup}).
 */
@ApplicationScoped
public class OwaspMailBodySanitizer implements MailBodySanitizer {
    private static final Pattern FONT_SIZE = Pattern.compile("\\d{1,3}");
    // EVE writes colours as #rrggbb or #aarrggbb
    // absolute links only: a relative one would point into EVESeat itself
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?|showinfo|killreport):.*");
    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private static final PolicyFactory EVE_MAIL = new HtmlPolicyBuilder()
            .allowElements("b", "i", "u", "br", "font", "a")
            .allowAttributes("size").matching(FONT_SIZE).onElements("font")
            .allowAttributes("color").matching(HEX_COLOUR).onElements("font")
            .allowUrlProtocols("http", "https", "showinfo", "killreport")
            .allowAttributes("href").matching(LINK).onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    @Override
    public String sanitize(String body) {
        return body == null ? "" : EveMarkup.translate(EVE_MAIL.sanitize(body));
    }
}
