package org.eveseat.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that starts now and runs {@code factor} times faster, so a 10-minute sync interval passes sooner. */
final class ScaledClock extends Clock {
    private final Instant start = Instant.now();
    private final long startNanos = System.nanoTime();
    private final double factor;

    ScaledClock(double factor) {
        this.factor = factor;
    }

    @Override
    public Instant instant() {
        return start.plusNanos((long) ((System.nanoTime() - startNanos) * factor));
    }

    Instant start() {
        return start;
    }

    /** Real time that a span of this clock's time takes. */
    Duration real(Duration scaled) {
        return Duration.ofNanos((long) (scaled.toNanos() / factor));
    }

    void sleepUntil(Instant scaled) throws InterruptedException {
        long millis = real(Duration.between(instant(), scaled)).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("always UTC");
    }
}
