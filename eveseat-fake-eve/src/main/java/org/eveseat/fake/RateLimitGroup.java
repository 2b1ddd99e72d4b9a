package org.eveseat.fake;

import java.time.Duration;

/** An {@code x-rate-limit} group of the ESI spec: a token bucket shared by its routes. */
public record RateLimitGroup(String name, int maxTokens, Duration window) {

    public static final RateLimitGroup CHAR_WALLET = of("char-wallet", 150);
    public static final RateLimitGroup CORP_WALLET = of("corp-wallet", 300);
    public static final RateLimitGroup CHAR_SOCIAL = of("char-social", 600);
    public static final RateLimitGroup CORP_SOCIAL = of("corp-social", 300);
    public static final RateLimitGroup ALLIANCE_SOCIAL = of("alliance-social", 300);
    public static final RateLimitGroup CHAR_CONTRACT = of("char-contract", 600);
    public static final RateLimitGroup CORP_CONTRACT = of("corp-contract", 600);
    public static final RateLimitGroup CHAR_INDUSTRY = of("char-industry", 600);
    public static final RateLimitGroup CORP_INDUSTRY = of("corp-industry", 600);
    public static final RateLimitGroup INDUSTRY = of("industry", 150);
    public static final RateLimitGroup SOVEREIGNTY = of("sovereignty", 600);
    public static final RateLimitGroup KILLMAIL = of("killmail", 3600);
    public static final RateLimitGroup CHAR_KILLMAIL = of("char-killmail", 30);
    public static final RateLimitGroup CORP_KILLMAIL = of("corp-killmail", 30);
    public static final RateLimitGroup INCURSION = of("incursion", 150);
    public static final RateLimitGroup ROUTES = of("routes", 3600);

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
