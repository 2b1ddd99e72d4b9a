package org.eveseat.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for a condition the server or the fakes report, with a deadline: the only place the integration tests
 * pause, between two looks. A time-out fails with what was awaited and the last value seen.
 */
final class Await {
    static final Duration POLL = Duration.ofMillis(250);

    private Await() {
    }

    /** Waits until the condition holds. */
    static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    /** Reads the value until it is done, and returns it. */
    static <T> T until(String what, Duration timeout, Supplier<T> value, Predicate<? super T> done) {
        return until(what, timeout, POLL, value, done);
    }

    /** As {@link #until(String, Duration, Supplier, Predicate)}, looking again after {@code poll}. */
    static <T> T until(String what, Duration timeout, Duration poll, Supplier<T> value, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T last = value.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + timeout + "; last seen: " + last);
            }
            pause(poll);
        }
    }

    private static void pause(Duration poll) {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
