package org.eveseat.adapter.html.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EVE's own HTML dialect translated into what browsers draw as the EVE client does, applied to markup the
 * sanitizer has already reduced to its allow-list (so every attribute here is quoted and its value checked):
 * {@code <font size="12">} means 12 pixels (a browser caps size at 7 and draws 48 px), colours are ARGB
 * ({@code #ff00ff00} is opaque green, {@code #bfffffff} translucent white), both become a span's CSS. Links:
 * {@link EveLinks} turns EVE's schemes into links to EVESeat's pages or to zKillboard, and external links open
 * in a new tab that cannot reach back into EVESeat and say where they lead.
 */
final class EveMarkup {
    private static final Pattern FONT = Pattern.compile("<font((?: (?:size|color)=\"[^\"]*\")*)>");
    private static final Pattern SIZE = Pattern.compile(" size=\"(\\d{1,3})\"");
    private static final Pattern COLOUR = Pattern.compile(" color=\"#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})\"");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>");
    static final int MIN_PX = 6;
    static final int MAX_PX = 72;

    private EveMarkup() {
    }

    static String translate(String sanitized) {
        return links(fonts(sanitized).replace("</font>", "</span>"));
    }

    private static String fonts(String html) {
        return FONT.matcher(html).replaceAll(font -> Matcher.quoteReplacement(span(font.group(1))));
    }

    private static String span(String attributes) {
        StringBuilder style = new StringBuilder();
        Matcher size = SIZE.matcher(attributes);
        if (size.find()) {
            int px = Math.max(MIN_PX, Math.min(MAX_PX, Integer.parseInt(size.group(1))));
            style.append("font-size:").append(px).append("px;");
        }
        Matcher colour = COLOUR.matcher(attributes);
        if (colour.find()) {
            style.append("color:").append(css(colour.group(1).toLowerCase(Locale.ROOT))).append(';');
        }
        return style.isEmpty() ? "<span>" : "<span style=\"" + style + "\">";
    }

    /** {@code aarrggbb} (EVE) to rgba(); {@code rrggbb} stays as it is. */
    static String css(String hex) {
        if (hex.length() == 6) {
            return "#" + hex;
        }
        int alpha = Integer.parseInt(hex.substring(0, 2), 16);
        return "rgba(" + Integer.parseInt(hex.substring(2, 4), 16) + "," + Integer.parseInt(hex.substring(4, 6), 16)
                + "," + Integer.parseInt(hex.substring(6, 8), 16) + "," + opacity(alpha) + ")";
    }

    private static String opacity(int alpha) {
        String text = String.format(Locale.ROOT, "%.2f", alpha / 255.0);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String links(String html) {
        return LINK.matcher(html).replaceAll(link -> Matcher.quoteReplacement(EveLinks.anchor(link.group(1))));
    }
}
