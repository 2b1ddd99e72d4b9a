package org.eveseat.adapter.persistence;

/**
 * The one rule for text on its way into PostgreSQL: {@code text} cannot hold U+0000, and UTF-8 cannot encode a
 * lone surrogate, so each becomes U+FFFD (the replacement character). ESI may send anything, and one such value
 * must not fail the whole write of a sync; our own API refuses these characters before they get this far.
 */
public final class StorableText {
    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static String clean(String text) {
        if (text == null || storable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                out.append(REPLACEMENT);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** True when the text holds neither U+0000 nor a surrogate without its pair. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
