package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.Response;

/**
 * What ESI still lets us do. The error limit is global (100 non-2xx/3xx per minute, then 420s for everyone): calls
 * stop while the remaining budget is at the floor, so a 420 is never provoked. Rate limits are per group and
 * character: each bucket is charged locally as ESI charges it, so a 429 is not provoked either; if one comes
 * anyway, its Retry-After is honoured. Page walks may spend a group only down to its reserve (a share of its
 * tokens), which is left to single calls: the wallet balance still syncs while the journal walk waits.
 */
public class EsiBudget {
    static final Duration ERROR_WINDOW = Duration.ofSeconds(60);
    /** The share of each rate group kept for single calls when no other is configured. */
    public static final int DEFAULT_RESERVE_PERCENT = 20;

    private final Clock clock;
    private final int errorFloor;
    private final Map<String, RateLimitGroup> groups;
    private final int reservePercent;
    private final Map<String, RateBucket> buckets = new ConcurrentHashMap<>();
    private final EsiAnswers answers = new EsiAnswers();
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile int errorsRemaining = Integer.MAX_VALUE;
    private volatile Instant errorWindowResets = Instant.EPOCH;

    public EsiBudget(Clock clock, int errorFloor, Map<String, RateLimitGroup> groups) {
        this(clock, errorFloor, groups, DEFAULT_RESERVE_PERCENT);
    }

    public EsiBudget(Clock clock, int errorFloor, Map<String, RateLimitGroup> groups, int reservePercent) {
        if (reservePercent < 0 || reservePercent > 90) {
            throw new IllegalArgumentException("rate group reserve must be 0-90 %, was " + reservePercent);
        }
        this.clock = clock;
        this.errorFloor = errorFloor;
        this.groups = groups;
        this.reservePercent = reservePercent;
    }

    /** Throws {@link EsiPausedException} if this single call must not be made now. */
    public void checkBefore(String group, String bucketKey) {
        checkBefore(group, bucketKey, false);
    }

    /** Throws {@link EsiPausedException} if this call must not be made now; a page walk leaves the reserve. */
    public void checkBefore(String group, String bucketKey, boolean pageWalk) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            throw new EsiPausedException("ESI error limit", pausedUntil);
        }
        if (errorsRemaining <= errorFloor && now.isBefore(errorWindowResets)) {
            throw new EsiPausedException("ESI error budget down to " + errorsRemaining, errorWindowResets);
        }
        bucket(group, bucketKey).ifPresent(b -> b.checkBefore(now, pageWalk ? reserveOf(group) : 0));
    }

    /** The tokens of {@code group} that page walks leave to single calls. */
    public int reserveOf(String group) {
        RateLimitGroup limits = groups.get(group);
        return limits == null ? 0 : limits.maxTokens() * reservePercent / 100;
    }

    /** Books a response against the budgets, reading ESI's own headers where it sent them. */
    public void record(Response response, String group, String bucketKey) {
        Instant now = clock.instant();
        int status = response.getStatus();
        answers.count(status);
        readErrorLimit(response, now);
        if (status == 420) {
            pausedUntil = errorWindowResets.isAfter(now) ? errorWindowResets : now.plus(ERROR_WINDOW);
        }
        bucket(group, bucketKey).ifPresent(b -> b.record(status, now, retryAfter(response), remaining(response)));
    }

    /** How ESI has answered this node so far. */
    public EsiAnswers answers() {
        return answers;
    }

    /** Rate-limit tokens used in each group's current window, summed over its buckets. */
    public Map<String, Integer> tokensUsedByGroup() {
        Map<String, Integer> used = new TreeMap<>();
        buckets.forEach((key, bucket) -> used.merge(key.substring(0, key.indexOf('|')), bucket.used(), Integer::sum));
        return used;
    }

    public int errorsRemaining() {
        return errorsRemaining;
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }

    /** When ESI said the current error window ends (EPOCH before its first answer with the header). */
    public Instant errorWindowResets() {
        return errorWindowResets;
    }

    /** The spec's limit of a rate-limit group, per character bucket. */
    public Optional<RateLimitGroup> limitOf(String group) {
        return Optional.ofNullable(groups.get(group));
    }

    private void readErrorLimit(Response response, Instant now) {
        String remain = response.getHeaderString("X-ESI-Error-Limit-Remain");
        String reset = response.getHeaderString("X-ESI-Error-Limit-Reset");
        if (remain != null && reset != null) {
            errorsRemaining = Integer.parseInt(remain.trim());
            errorWindowResets = now.plusSeconds(Long.parseLong(reset.trim()));
        }
    }

    private Optional<RateBucket> bucket(String group, String bucketKey) {
        RateLimitGroup limits = groups.get(group);
        if (limits == null) {
            return Optional.empty();
        }
        return Optional.of(buckets.computeIfAbsent(group + "|" + bucketKey, k -> new RateBucket(limits)));
    }

    private static OptionalInt remaining(Response response) {
        String header = response.getHeaderString("X-Ratelimit-Remaining");
        try {
            return header == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(header.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Duration> retryAfter(Response response) {
        String header = response.getHeaderString("Retry-After");
        try {
            return header == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.of(Duration.ofSeconds(60));
        }
    }
}
