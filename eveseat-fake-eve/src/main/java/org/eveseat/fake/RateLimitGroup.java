package org.eveseat.fake;

import java.time.Duration;

/**
 * An {@code x-rate-limit} group of the ESI spec: a token bucket shared by its routes. A route of the table takes its
 * group from the spec ({@link EsiRoute#of}); {@link #of} is for routes a test makes up.
 */
public record RateLimitGroup(String name, int maxTokens, Duration window) {

    /** A group with the 15-minute window every group of the spec has. */
    public static RateLimitGroup of(String name, int maxTokens) {
        return new RateLimitGroup(name, maxTokens, Duration.ofMinutes(15));
    }

    /** As in {@code X-Ratelimit-Limit}, for example {@code 150/15m}. */
    public String limitHeader() {
        long minutes = window.toMinutes();
        return maxTokens + "/" + (minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m");
    }

    /** Tokens a response costs, per the ESI rate-limiting docs. */
    static int cost(int status) {
        if (status == 429) {
            return 0;
        }
        return switch (status / 100) {
            case 2 -> 2;
            case 3 -> 1;
            case 4 -> 5;
            default -> 0;
        };
    }
}
