package org.eveseat.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Floating-window token buckets, one per (group, user); spent tokens return after the window. */
final class RateLimiter {

    private record Spend(Instant at, int tokens) {
    }

    private final Map<String, Deque<Spend>> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Zero when a request may go ahead; otherwise how long until spent tokens return. */
    synchronized Duration retryAfter(RateLimitGroup group, String user) {
        Deque<Spend> spends = bucket(group, user);
        if (remaining(group, spends) > 0 || spends.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), spends.peekFirst().at().plus(group.window()));
    }

    /** Records the cost of a response and answers the tokens left. */
    synchronized int spend(RateLimitGroup group, String user, int tokens) {
        Deque<Spend> spends = bucket(group, user);
        if (tokens > 0) {
            spends.addLast(new Spend(clock.instant(), tokens));
        }
        return remaining(group, spends);
    }

    private Deque<Spend> bucket(RateLimitGroup group, String user) {
        Deque<Spend> spends = buckets.computeIfAbsent(group.name() + "|" + user, key -> new ArrayDeque<>());
        Instant horizon = clock.instant().minus(group.window());
        while (!spends.isEmpty() && !spends.peekFirst().at().isAfter(horizon)) {
            spends.removeFirst();
        }
        return spends;
    }

    private static int remaining(RateLimitGroup group, Deque<Spend> spends) {
        return Math.max(0, group.maxTokens() - spends.stream().mapToInt(Spend::tokens).sum());
    }
}
