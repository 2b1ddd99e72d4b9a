package org.eveseat.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * ESI's response cache: a body is computed once and served unchanged, with the same ETag,
 * Last-Modified and Expires, until it expires; data changed in the meantime shows up after that.
 */
final class EsiCache {

    record Entry(String body, String etag, Instant lastModified, Instant expires, Duration maxAge) {

        boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Entry get(String key, Duration maxAge, Supplier<String> body) {
        Instant now = Instant.now();
        return entries.compute(key, (k, cached) -> cached != null && now.isBefore(cached.expires())
                ? cached
                : fresh(body.get(), now.truncatedTo(ChronoUnit.SECONDS), maxAge));
    }

    void clear() {
        entries.clear();
    }

    private static Entry fresh(String body, Instant now, Duration maxAge) {
        return new Entry(body, etagOf(body), now, now.plus(maxAge), maxAge);
    }

    /** A quoted content hash, as ESI sends it. */
    static String etagOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
