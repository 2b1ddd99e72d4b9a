package org.eveseat.domain.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

class JobRunLogServiceTest {
    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 2112625428L);

    private final InMemoryJobRuns runs = new InMemoryJobRuns();
    private final RecordedEvents events = new RecordedEvents();

    @Test
    void aRunWhoseNodeDiedIsAbandonedWhenItsLeaseRunsOutWithWhatItStored() {
        log(START).started(11, "wallet-journal", JOURNAL);
        log(START.plusSeconds(600)).progressed(11, "wallet-journal", JOURNAL, 46, 46_000);
        // the node is killed here: no more progress, no end

        assertThat(log(START.plusSeconds(600).plus(LEASE)).abandonExpired()).as("not before the lease ends").isEmpty();
        assertThat(log(START.plusSeconds(601).plus(LEASE)).abandonExpired()).hasSize(1);

        assertThat(runs.newest(1)).containsExactly(new JobRunRef(11, "wallet-journal", JOURNAL, START,
                JobRunOutcome.ABANDONED, START.plusSeconds(600).plus(LEASE), 46, 46_000));
        assertThat(events.ofType("job.ended")).singleElement().satisfies(e -> assertThat(e.payload())
                .containsEntry("status", "ABANDONED").containsEntry("rowsStored", 46_000L));
        assertThat(log(START.plus(Duration.ofHours(2))).abandonExpired()).as("once").isEmpty();
    }

    @Test
    void aRunThatEndedIsNeverAbandonedAndALateEndCorrectsAnAbandonedOne() {
        log(START).started(12, "public-contracts", null);
        log(START.plusSeconds(5)).ended(12, "public-contracts", null, "DEFERRED");
        log(START).started(13, "wallet-journal", JOURNAL);
        log(START.plus(LEASE).plusSeconds(1)).abandonExpired();

        log(START.plus(LEASE).plusSeconds(2)).ended(13, "wallet-journal", JOURNAL, "COMPLETED");

        assertThat(runs.newest(2)).extracting(JobRunRef::outcome)
                .containsExactly(JobRunOutcome.COMPLETED, JobRunOutcome.DEFERRED);
    }

    @Test
    void aJobThatEndsBeforeItsStartIsLoggedIsNeverAbandoned() {
        log(START.plusSeconds(1)).ended(14, "wallet-journal", JOURNAL, "COMPLETED");
        log(START.plusSeconds(2)).started(14, "wallet-journal", JOURNAL);

        assertThat(log(START.plus(Duration.ofHours(1))).abandonExpired()).isEmpty();
        assertThat(runs.newest(1)).extracting(JobRunRef::outcome).containsExactly(JobRunOutcome.COMPLETED);
    }

    private JobRunLogService log(Instant now) {
        return new JobRunLogService(runs, events, LEASE, Clock.fixed(now, ZoneOffset.UTC));
    }
}
