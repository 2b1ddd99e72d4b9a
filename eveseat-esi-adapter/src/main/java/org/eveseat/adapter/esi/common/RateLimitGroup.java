package org.eveseat.adapter.esi.common;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.adapter.esi.table.EsiOperationTable;

/** A rate-limit group of the ESI spec ({@code x-rate-limit}): so many tokens per floating window. */
public record RateLimitGroup(String name, int maxTokens, Duration window) {
    /** Routes without {@code x-rate-limit} are limited only by the error limit. */
    public static final String NONE = "";

    /** Parses ESI's notation, as in the spec and the {@code X-Ratelimit-Limit} header: {@code 150/15m}, {@code 30/1h}. */
    public static RateLimitGroup parse(String name, String limit) {
        String[] parts = limit.trim().split("/");
        String window = parts[1];
        long amount = Long.parseLong(window.substring(0, window.length() - 1));
        Duration size = window.endsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
        return new RateLimitGroup(name, Integer.parseInt(parts[0]), size);
    }

    /** The groups declared in the spec, from its operation table. */
    public static Map<String, RateLimitGroup> fromSpec() {
        return EsiOperationTable.spec().rateLimits().values().stream().collect(Collectors.toUnmodifiableMap(
                EsiOperationSpec.RateLimit::group, limit -> new RateLimitGroup(limit.group(), limit.maxTokens(),
                        limit.window())));
    }
}
