package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.batch.operations.JobExecutionNotRunningException;

import org.junit.jupiter.api.Test;

/**
 * A node going down gives its leases back to end when the stop wait does, then asks its jobs to stop and waits a
 * bounded time for them; it never throws.
 */
class SyncShutdownTest {
    private final JobEnds jobs = new JobEnds();
    private final List<String> happened = new CopyOnWriteArrayList<>();

    @Test
    void theLeasesGoBackEndingWithTheWaitThenEveryRunningJobIsAskedToStopAndAwaited() {
        jobs.started(1);
        jobs.started(2);
        jobs.started(3);
        jobs.ended(3);
        Thread stoppedJobsEnd = new Thread(() -> {
            awaitStopRequests(2);
            happened.add("ended");
            jobs.ended(1);
            jobs.ended(2);
        });
        stoppedJobsEnd.start();

        new SyncShutdown(jobs, id -> happened.add("stop " + id), this::release, Duration.ofSeconds(30)).run();

        assertThat(happened).containsExactlyInAnyOrder("release PT30S", "stop 1", "stop 2", "ended");
        assertThat(happened.get(0)).as("the leases go back first: a server may end the process at any later step")
                .isEqualTo("release PT30S");
        assertThat(happened.get(3)).as("the stopped jobs' ends awaited").isEqualTo("ended");
        assertThat(jobs.running()).isEmpty();
    }

    @Test
    void aJobThatDoesNotStopInTimeIsLeftToItselfAndTheLeasesGoBackAllTheSame() {
        jobs.started(4);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new SyncShutdown(jobs, id -> happened.add("stop " + id),
                this::release, Duration.ofMillis(50)).run());

        assertThat(happened).containsExactly("release PT0.05S", "stop 4");
        assertThat(jobs.running()).containsExactly(4L);
    }

    @Test
    void aJobThatCannotBeStoppedAndAFailingReleaseDoNotFailTheShutdown() {
        jobs.started(5);
        jobs.started(6);
        SyncShutdown shutdown = new SyncShutdown(jobs, id -> {
            happened.add("stop " + id);
            jobs.ended(id);
            throw new JobExecutionNotRunningException("execution " + id + " is not running");
        }, stopping -> {
            throw new IllegalStateException("update failed: the database is gone");
        }, Duration.ofSeconds(30));

        assertThatCode(shutdown::run).doesNotThrowAnyException();

        assertThat(happened).containsExactlyInAnyOrder("stop 5", "stop 6");
    }

    @Test
    void theLeasesGoBackEvenWhenTheJobsCannotBeListed() {
        JobEnds gone = new JobEnds() {
            @Override
            Set<Long> running() {
                throw new IllegalStateException("the application context is gone");
            }
        };

        assertThatCode(new SyncShutdown(gone, id -> happened.add("stop " + id), this::release,
                Duration.ofSeconds(30))::run).doesNotThrowAnyException();

        assertThat(happened).containsExactly("release PT30S");
    }

    @Test
    void aNodeRunningNoJobGivesItsLeasesBackAtOnce() {
        new SyncShutdown(jobs, id -> happened.add("stop " + id), this::release, Duration.ofSeconds(30)).run();

        assertThat(happened).containsExactly("release PT30S");
    }

    private int release(Duration stopping) {
        happened.add("release " + stopping);
        return 2;
    }

    private void awaitStopRequests(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (happened.stream().filter(event -> event.startsWith("stop")).count() < count) {
            assertThat(System.nanoTime()).as("stop requests").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
