package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

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
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> ends.await(8, Duration.ofSeconds(5)));
        Thread.sleep(50);

        ends.ended(8);

        assertThat(waiting.get()).isTrue();
    }

    @Test
    void aJobThatDoesNotEndIsWaitedForOnlyThatLong() {
        assertThat(ends.await(9, Duration.ofMillis(20))).isFalse();
        assertThat(ends.await(9, Duration.ofMillis(20))).as("a second wait starts afresh").isFalse();
    }
}
