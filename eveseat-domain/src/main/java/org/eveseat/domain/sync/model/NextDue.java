package org.eveseat.domain.sync.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.SyncOutcome;

/**
 * When a sync runs next. A newly planned sync is due at once, so a character that just logged in gets all its
 * data in its first minutes. After that, never before ESI's Expires nor before the endpoint's interval; failures
 * back off exponentially from a minute up to the interval; a sync deferred by ESI's budget is due when the pause
 * ends. The run after the first success is shifted by a fixed share of one interval per key, and every later run
 * by a smaller one, so syncs that ran together at a login (or when an endpoint was added for everyone) drift apart
 * instead of all firing at the same minute again.
 */
public final class NextDue {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration AFTER_INVALID_TOKEN = Duration.ofDays(1);

    private NextDue() {
    }

    /** The first run of a newly planned sync: now. */
    public static Instant first(SyncKey key, Instant now) {
        return now;
    }

    /** The run after the first success: as {@link #after}, and later by the key's own share of one interval. */
    public static Instant afterFirstSuccess(SyncKey key, SyncOutcome outcome, Instant now) {
        return after(key, outcome, 0, now).plusSeconds(spread(key, key.endpoint().interval().toSeconds()));
    }

    public static Instant after(SyncKey key, SyncOutcome outcome, int failuresInARow, Instant now) {
        Duration interval = key.endpoint().interval();
        Instant next = switch (outcome.status()) {
            case UPDATED, UNCHANGED, NOT_DUE -> now.plus(interval);
            case TOKEN_INVALID -> now.plus(AFTER_INVALID_TOKEN);
            case FAILED -> now.plus(backOff(interval, failuresInARow));
            case DEFERRED -> now;
        };
        if (outcome.nextDue() != null && outcome.nextDue().isAfter(next)) {
            next = outcome.nextDue();
        }
        return next.plusSeconds(spread(key, Math.max(1, interval.toSeconds() / 10)));
    }

    private static Duration backOff(Duration interval, int failuresInARow) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(20, Math.max(0, failuresInARow - 1)));
        return wait.compareTo(interval) > 0 ? interval : wait;
    }

    private static long spread(SyncKey key, long range) {
        long mixed = (key.ownerId() * 0x9E3779B97F4A7C15L) ^ key.endpoint().ordinal() * 0xC2B2AE3D27D4EB4FL;
        return Math.floorMod(mixed ^ (mixed >>> 31), range);
    }
}
