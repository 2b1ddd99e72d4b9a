package org.eveseat.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * ESI's response cache: an answer is computed once and served unchanged, with the same Last-Modified and
 * Expires, until it expires; data changed in the meantime shows up after that. A paginated resource is
 * cached whole, so that all its pages share one Last-Modified. A new snapshot of a resource is always
 * modified later than the one it replaces.
 */
final class EsiCache {

    /** One computed answer: a JSON tree (for a paginated resource, the whole list). */
    record Snapshot(Object value, Instant lastModified, Instant expires, Map<Integer, String> bodies) {

        /** The body of a page (0 for an unpaginated answer), written once. */
        String body(int page, Function<Object, Object> slice) {
            return bodies.computeIfAbsent(page, p -> Json.write(slice.apply(value)));
        }
    }

    private final Map<String, Snapshot> entries = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastModified = new ConcurrentHashMap<>();

    Snapshot get(String key, Supplier<Object> answer, Function<Instant, Instant> expiry) {
        Instant now = Instant.now();
        return entries.compute(key, (k, cached) -> cached != null && now.isBefore(cached.expires())
                ? cached : fresh(k, answer.get(), now.truncatedTo(ChronoUnit.SECONDS), expiry));
    }

    /** Forgets one resource, as if its cache had expired. */
    void evict(String key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }

    private Snapshot fresh(String key, Object value, Instant now, Function<Instant, Instant> expiry) {
        Instant modified = lastModified.merge(key, now, (previous, current) ->
                current.isAfter(previous) ? current : previous.plusSeconds(1));
        return new Snapshot(value, modified, expiry.apply(modified), new ConcurrentHashMap<>());
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

    static boolean matches(String ifNoneMatch, String etag) {
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
