package org.eveseat.adapter.esi.common;

import java.time.Instant;

/**
 * What ESI said about a resource last time: its ETag and until when its cache holds; {@code missing} remembers a
 * 404 so the same missing resource is not asked for (and an error charged) again before then.
 */
public record CacheEntry(String etag, Instant expires, boolean missing) {
    public static CacheEntry found(String etag, Instant expires) {
        return new CacheEntry(etag, expires, false);
    }

    public static CacheEntry notFound(Instant expires) {
        return new CacheEntry(null, expires, true);
    }
}
