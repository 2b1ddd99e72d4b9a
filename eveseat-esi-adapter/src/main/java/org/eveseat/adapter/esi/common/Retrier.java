package org.eveseat.adapter.esi.common;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.eveseat.domain.shared.UpstreamUnavailableException;

/** Retries transient ESI failures with exponential back-off and full jitter, so retries of many callers spread out. */
public class Retrier {
    private final int attempts;
    private final Duration baseDelay;

    public Retrier(int attempts, Duration baseDelay) {
        this.attempts = attempts;
        this.baseDelay = baseDelay;
    }

    <T> T run(String what, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (TransientEsiFailure failure) {
                if (n >= attempts) {
                    throw new UpstreamUnavailableException(what + " failed " + n + " times: " + failure.getMessage(),
                            failure);
                }
                pause(n);
            }
        }
    }

    private void pause(int attempt) {
        long ceiling = baseDelay.toMillis() << Math.min(attempt - 1, 10);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException("interrupted while waiting to retry " + attempt, e);
        }
    }
}
