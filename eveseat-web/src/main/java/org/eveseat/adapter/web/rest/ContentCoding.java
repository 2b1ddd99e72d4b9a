package org.eveseat.adapter.web.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/** gzip for bodies that are large and the same for every user: encoded once, sent to clients that accept it. */
public final class ContentCoding {
    /** gzip listed, and not with a quality of zero (RFC 9110, 12.5.3). */
    private static final Pattern ACCEPTS_GZIP = Pattern.compile(".*\\bgzip\\b(?!;q=0(\\.0*)?(,|$)).*");

    private ContentCoding() {}

    public static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null
                && ACCEPTS_GZIP.matcher(acceptEncoding.toLowerCase(Locale.ROOT)).matches();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
