package org.eveseat.adapter.web.rest.guard;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether a raw path or query decodes to UTF-8 exactly. Jersey decodes bytes that are not UTF-8 to U+FFFD without
 * a word, and the listener (uri-encoding ISO-8859-1, docs/STACK.md) lets such bytes through to the API so that
 * their answer is a problem instead of the connector's bare 400. A {@code %} without two hex digits is left to
 * Jersey, which refuses it.
 */
final class PercentEncodedUtf8 {
    private PercentEncodedUtf8() {
    }

    static boolean valid(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1))
                    && HexFormat.isHexDigit(raw.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
