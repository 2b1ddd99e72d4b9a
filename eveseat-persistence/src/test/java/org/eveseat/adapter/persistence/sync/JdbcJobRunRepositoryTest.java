package org.eveseat.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcJobRunRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 42);

    private final TestDatabase db = TestDatabase.get();
    private final JdbcJobRunRepository runs = new JdbcJobRunRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void newestFirstWithTheirSyncsOrNone() {
        JobRunRef scheduled = new JobRunRef(7, "wallet-journal", new SyncKey(SyncEndpoint.WALLET_JOURNAL, 42), AT);
        JobRunRef byHand = new JobRunRef(9, "public-contracts", null, AT.plusSeconds(5));
        runs.add(scheduled, AT.plus(LEASE));
        runs.add(byHand, AT.plus(LEASE));
        runs.add(scheduled, AT.plus(LEASE));

        assertThat(runs.newest(10)).containsExactly(byHand, scheduled);
        assertThat(runs.newest(1)).containsExactly(byHand);
    }

    @Test
    void aRunWithoutEndWhoseLeaseRanOutIsAbandonedOnceWithWhatItStored() {
        runs.add(new JobRunRef(7, "wallet-journal", JOURNAL, AT), AT.plus(LEASE));
        runs.progressed(7, 46, 46_000, AT.plusSeconds(600).plus(LEASE));
        runs.add(new JobRunRef(8, "wallet-journal", JOURNAL, AT), AT.plus(LEASE));
        runs.ended(new JobRunRef(8, "wallet-journal", JOURNAL, AT.plusSeconds(3), JobRunOutcome.DEFERRED,
                AT.plusSeconds(3), 0, 0));

        assertThat(runs.abandonExpired(AT.plusSeconds(600).plus(LEASE))).as("lease not over yet").isEmpty();
        JobRunRef abandoned = new JobRunRef(7, "wallet-journal", JOURNAL, AT, JobRunOutcome.ABANDONED,
                AT.plusSeconds(600).plus(LEASE), 46, 46_000);
        assertThat(runs.abandonExpired(AT.plusSeconds(601).plus(LEASE))).containsExactly(abandoned);
        assertThat(runs.abandonExpired(AT.plus(Duration.ofDays(1)))).isEmpty();

        assertThat(runs.newest(2)).containsExactly(new JobRunRef(8, "wallet-journal", JOURNAL, AT,
                JobRunOutcome.DEFERRED, AT.plusSeconds(3), 0, 0), abandoned);
        runs.progressed(7, 47, 47_000, AT.plus(Duration.ofDays(2)));
        assertThat(runs.newest(2)).as("an ended run's record no longer moves").contains(abandoned);
    }

    @Test
    void anEndRecordedBeforeTheStartIsKept() {
        runs.ended(new JobRunRef(9, "public-contracts", null, AT.plusSeconds(2), JobRunOutcome.COMPLETED,
                AT.plusSeconds(2), 0, 0));
        runs.add(new JobRunRef(9, "public-contracts", null, AT), AT.plus(LEASE));

        assertThat(runs.abandonExpired(AT.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(runs.newest(1)).containsExactly(new JobRunRef(9, "public-contracts", null, AT,
                JobRunOutcome.COMPLETED, AT.plusSeconds(2), 0, 0));
    }
}
