package org.eveseat.adapter.esi.common;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One floating-window token bucket of ESI's rate limiting, charged as ESI charges: 2 per 2xx, 1 per 3xx, 5 per 4xx
 * (not 429), 0 per 5xx. A call is allowed only while the bucket can still absorb the worst case (a 4xx) on top
 * of the tokens it must leave over: a page walk leaves the group's reserve to single calls, so one long walk
 * cannot starve the small syncs that share its group.
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
        checkBefore(now, 0);
    }

    /** @param leaveOver tokens this call must not touch (the reserve, for a page walk) */
    synchronized void checkBefore(Instant now, int leaveOver) {
        expire(now);
        if (now.isBefore(blockedUntil)) {
            throw new EsiPausedException("ESI rate limit (429) for group " + limits.name(), blockedUntil);
        }
        int ceiling = limits.maxTokens() - leaveOver - WORST_CASE_COST;
        if (used > ceiling) {
            throw new EsiPausedException("rate group " + limits.name() + " nearly spent"
                    + (leaveOver > 0 ? " (" + leaveOver + " tokens kept for single calls)" : ""), freeAt(ceiling, now));
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

    /** When enough charges have left the window for the bucket to be back at {@code ceiling}. */
    private Instant freeAt(int ceiling, Instant now) {
        int left = used;
        for (Charge charge : charges) {
            left -= charge.tokens();
            if (left <= ceiling) {
                return charge.at().plus(limits.window());
            }
        }
        return now.plus(limits.window());
    }

    private void expire(Instant now) {
        Instant windowStart = now.minus(limits.window());
        while (!charges.isEmpty() && !charges.peekFirst().at().isAfter(windowStart)) {
            used -= charges.removeFirst().tokens();
        }
    }
}
