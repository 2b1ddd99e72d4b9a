package org.eveseat.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** ESI's error limit: a budget of non-2xx/3xx answers per fixed frame; 420 for everything once spent. */
final class ErrorLimit {

    private int budget = 100;
    private Duration frame = Duration.ofMinutes(1);
    private int remain = budget;
    private final Clock clock;
    private Instant frameEnd;

    ErrorLimit(Clock clock) {
        this.clock = clock;
        this.frameEnd = clock.instant().plus(frame);
    }

    synchronized void configure(int budget, Duration frame) {
        this.budget = budget;
        this.frame = frame;
        this.remain = budget;
        this.frameEnd = clock.instant().plus(frame);
    }

    synchronized boolean exhausted() {
        roll();
        return remain == 0;
    }

    synchronized void record(int status) {
        roll();
        if (status >= 400 && status != 420 && remain > 0) {
            remain--;
        }
    }

    synchronized int remain() {
        roll();
        return remain;
    }

    synchronized long resetSeconds() {
        roll();
        return Math.max(0, Duration.between(clock.instant(), frameEnd).toSeconds());
    }

    private void roll() {
        Instant now = clock.instant();
        if (!now.isBefore(frameEnd)) {
            remain = budget;
            frameEnd = now.plus(frame);
        }
    }
}
