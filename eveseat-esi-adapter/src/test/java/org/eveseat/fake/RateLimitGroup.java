package org.eveseat.fake;

import java.time.Duration;

/** An {@code x-rate-limit} group of the ESI spec: a token bucket shared by its routes. */
public record RateLimitGroup(String name, int maxTokens, Duration window) {

    public static final RateLimitGroup CHAR_WALLET = new RateLimitGroup("char-wallet", 150, Duration.ofMinutes(15));

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
