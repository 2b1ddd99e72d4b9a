package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class JobEndsTest {
    private final JobEnds ends = new JobEnds();

    @Test
    void aJobThatEndedBeforeTheWaitStartedIsNotWaitedFor() {
        ends.ended(7);

        assertThat(ends.await(7, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void theWaitEndsWithTheJob() throws Exception {
        CompletableFuture<Boolean> waited = new CompletableFuture<>();
        Thread waiter = new Thread(() -> waited.complete(ends.await(8, Duration.ofSeconds(30))));
        waiter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiter.getState() != Thread.State.TIMED_WAITING) { // blocked in the wait, before the job ends
            assertThat(System.nanoTime()).as("the waiter is waiting").isLessThan(deadline);
            Thread.onSpinWait();
        }

        ends.ended(8);

        assertThat(waited.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theJobsStillRunningAreThoseStartedWhoseEndHasNotCome() {
        ends.started(1);
        ends.started(2);
        ends.startedUnawaited(3);
        ends.ended(2);

        assertThat(ends.running()).containsExactlyInAnyOrder(1L, 3L);
        ends.ended(3);
        assertThat(ends.running()).containsExactly(1L);
        assertThat(ends.awaitAll(List.of(2L, 3L), Duration.ofSeconds(5))).as("both ended").isTrue();
        assertThat(ends.awaitAll(List.of(1L, 2L), Duration.ofMillis(20))).as("1 runs on").isFalse();
    }

    @Test
    void anUnawaitedJobThatEndedBeforeItWasNotedIsNotRunning() {
        ends.ended(4);
        ends.startedUnawaited(4);

        assertThat(ends.running()).isEmpty();
    }

    @Test
    void aJobThatDoesNotEndIsWaitedForOnlyThatLong() {
        assertThat(ends.await(9, Duration.ofMillis(20))).isFalse();
        assertThat(ends.await(9, Duration.ofMillis(20))).as("a second wait starts afresh").isFalse();
    }
}
