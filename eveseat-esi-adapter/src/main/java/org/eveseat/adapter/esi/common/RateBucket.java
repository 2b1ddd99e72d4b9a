package org.eveseat.adapter.esi.common;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One floating-window token bucket of ESI's rate limiting, charged as ESI charges: 2 per 2xx, 1 per 3xx, 5 per 4xx
 * (not 429), 0 per 5xx. A call is allowed only while the bucket can still absorb the worst case (a 4xx).
 */
final class RateBucket {
    private static final int WORST_CASE_COST = 5;

    private record Charge(Instant at, int tokens) {
    }

    private final RateLimitGroup limits;
    private final Deque<Charge> charges = new ArrayDeque<>();
    private int used;
    private Instant blockedUntil = Instant.EPOCH;

    RateBucket(RateLimitGroup limits) {
        this.limits = limits;
    }

    synchronized void checkBefore(Instant now) {
        expire(now);
        if (now.isBefore(blockedUntil)) {
            throw new EsiPausedException("ESI rate limit (429) for group " + limits.name(), blockedUntil);
        }
        if (used + WORST_CASE_COST > limits.maxTokens()) {
            throw new EsiPausedException("rate group " + limits.name() + " nearly spent",
                    charges.peekFirst().at().plus(limits.window()));
        }
    }

    synchronized void record(int status, Instant now, Optional<Duration> retryAfter, OptionalInt remaining) {
        if (status == 429) {
            blockedUntil = now.plus(retryAfter.orElse(Duration.ofSeconds(60)));
            return;
        }
        int cost = status >= 500 ? 0 : status >= 400 ? 5 : status >= 300 ? 1 : 2;
        if (cost > 0) {
            charges.addLast(new Charge(now, cost));
            used += cost;
        }
        // ESI's own count wins when it has used more than we know of (other clients of the same application)
        int reportedUsed = remaining.isPresent() ? limits.maxTokens() - remaining.getAsInt() : 0;
        if (reportedUsed > used) {
            charges.addLast(new Charge(now, reportedUsed - used));
            used = reportedUsed;
        }
    }

    synchronized int used() {
        return used;
    }

    private void expire(Instant now) {
        Instant windowStart = now.minus(limits.window());
        while (!charges.isEmpty() && !charges.peekFirst().at().isAfter(windowStart)) {
            used -= charges.removeFirst().tokens();
        }
    }
}
