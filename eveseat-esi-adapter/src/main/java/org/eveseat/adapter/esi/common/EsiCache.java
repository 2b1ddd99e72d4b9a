package org.eveseat.adapter.esi.common;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * ETag and expiry per resource, keyed by path and (for authenticated calls) character. It is what lets EVESeat skip
 * a call before {@code Expires} and send {@code If-None-Match} after it.
 */
@ApplicationScoped
public class EsiCache {
    private final ConcurrentMap<String, CacheEntry> entries = new ConcurrentHashMap<>();

    public Optional<CacheEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public void put(String key, CacheEntry entry) {
        entries.put(key, entry);
    }
}
