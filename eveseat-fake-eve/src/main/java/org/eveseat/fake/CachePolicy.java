package org.eveseat.fake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How long ESI caches an operation's answer: a fixed number of seconds ({@code x-cache-age}), until the
 * next daily downtime at 11:05 UTC ("This route expires daily at 11:05"), or not at all (writes and
 * {@code x-cache-mode: not-cached}); uncached answers carry no cache headers.
 */
public record CachePolicy(Duration maxAge, boolean daily) {

    public static final CachePolicy NONE = new CachePolicy(null, false);
    public static final CachePolicy DAILY = new CachePolicy(null, true);
    private static final LocalTime DOWNTIME = LocalTime.of(11, 5);

    public static CachePolicy seconds(long seconds) {
        return new CachePolicy(Duration.ofSeconds(seconds), false);
    }

    public boolean cached() {
        return daily || maxAge != null;
    }

    /** When an answer made at {@code now} expires; {@code override} (if not null) replaces the policy. */
    public Instant expiry(Instant now, Duration override) {
        if (override != null) {
            return now.plus(override);
        }
        if (!daily) {
            return now.plus(maxAge);
        }
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(DOWNTIME);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}
