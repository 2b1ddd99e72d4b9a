package org.eveseat.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * ESI's response cache: an answer is computed once and served unchanged, with the same Last-Modified and
 * Expires, until it expires; data changed in the meantime shows up after that. A paginated resource is
 * cached whole, so that all its pages share one Last-Modified. Times are whole seconds: an answer made at
 * 12:00:00.700 expires at 12:00:30 with a 30 s cache time. A new answer that differs from the one it
 * replaces is modified later than that one; an unchanged answer keeps its Last-Modified and ETag.
 */
final class EsiCache {

    /** One computed answer: a JSON tree (for a paginated resource, the whole list). */
    record Snapshot(Object value, Instant lastModified, Instant expires, Duration maxAge, Map<Integer, String> bodies) {

        /** The body of a page (0 for an unpaginated answer), written once. */
        String body(int page, Function<Object, Object> slice) {
            return bodies.computeIfAbsent(page, p -> Json.write(slice.apply(value)));
        }

        Snapshot expired() {
            return new Snapshot(value, lastModified, Instant.EPOCH, maxAge, bodies);
        }
    }

    private final Map<String, Snapshot> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    EsiCache(Clock clock) {
        this.clock = clock;
    }

    Snapshot get(String key, Supplier<Object> answer, Function<Instant, Instant> expiry) {
        Instant now = clock.instant();
        return entries.compute(key, (k, cached) -> cached != null && now.isBefore(cached.expires())
                ? cached : fresh(cached, answer.get(), now, expiry));
    }

    /** Lets one resource expire now. */
    void evict(String key) {
        entries.computeIfPresent(key, (k, cached) -> cached.expired());
    }

    void clear() {
        entries.replaceAll((k, cached) -> cached.expired());
    }

    private static Snapshot fresh(Snapshot previous, Object value, Instant now, Function<Instant, Instant> expiry) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        Instant modified = second;
        if (previous != null) {
            modified = Objects.equals(previous.value(), value) ? previous.lastModified()
                    : second.isAfter(previous.lastModified()) ? second : previous.lastModified().plusSeconds(1);
        }
        Instant expires = expiry.apply(second);
        return new Snapshot(value, modified, expires, Duration.between(second, expires), new ConcurrentHashMap<>());
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
