package org.eveseat.adapter.esi.common;

import java.time.Instant;

/** What ESI said about a resource last time: its ETag and until when its cache holds. */
public record CacheEntry(String etag, Instant expires) {
}
