package org.eveseat.fake;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Misbehaviour switches of the fake ESI, each consumed by the requests it applies to. */
final class Faults {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus;
    private final AtomicInteger tooManyRequestsRetryAfter = new AtomicInteger(-1);
    private final AtomicBoolean truncateNextBody = new AtomicBoolean();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicBoolean changeDuringPagination = new AtomicBoolean();

    void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    OptionalInt takeFailure() {
        return failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
                ? OptionalInt.of(failureStatus) : OptionalInt.empty();
    }

    void tooManyRequestsNext(int retryAfterSeconds) {
        tooManyRequestsRetryAfter.set(retryAfterSeconds);
    }

    OptionalInt takeTooManyRequests() {
        int retryAfter = tooManyRequestsRetryAfter.getAndSet(-1);
        return retryAfter < 0 ? OptionalInt.empty() : OptionalInt.of(retryAfter);
    }

    void truncateNextBody() {
        truncateNextBody.set(true);
    }

    boolean takeTruncation() {
        return truncateNextBody.getAndSet(false);
    }

    void changeDuringPagination() {
        changeDuringPagination.set(true);
    }

    boolean takePaginationChange() {
        return changeDuringPagination.getAndSet(false);
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    void awaitDelay() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void reset() {
        failuresLeft.set(0);
        tooManyRequestsRetryAfter.set(-1);
        truncateNextBody.set(false);
        changeDuringPagination.set(false);
        delay = Duration.ZERO;
    }
}
