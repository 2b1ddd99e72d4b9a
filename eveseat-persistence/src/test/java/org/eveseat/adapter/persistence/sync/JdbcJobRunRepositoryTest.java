package org.eveseat.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcJobRunRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");

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
        runs.add(scheduled);
        runs.add(byHand);
        runs.add(scheduled);

        assertThat(runs.newest(10)).containsExactly(byHand, scheduled);
        assertThat(runs.newest(1)).containsExactly(byHand);
    }
}
