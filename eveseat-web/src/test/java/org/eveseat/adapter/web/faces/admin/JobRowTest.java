package org.eveseat.adapter.web.faces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eveseat.adapter.batch.scheduler.JobRun;
import org.junit.jupiter.api.Test;

class JobRowTest {
    private static final Instant T = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aFailedJournalWalkShowsItsPagesAndEntriesAndCanBeRestarted() {
        JobRun run = new JobRun(42, "wallet-journal", "FAILED", "FAILED", T, T, T.plusSeconds(9),
                Map.of("syncEndpoint", "WALLET_JOURNAL", "syncOwnerId", "2112000555", "ownerId", "2112000555"),
                List.of(new JobRun.StepRun("pages", "FAILED", Map.of("READ_COUNT", 3L, "WRITE_COUNT", 2L), "1000")));

        JobRow row = JobRow.of(run);

        assertThat(row.sync()).isEqualTo("WALLET_JOURNAL:2112000555");
        assertThat(row.progress()).containsExactly("pages: 3 read, 2 written, 1000 entries stored");
        assertThat(row.restartable()).isTrue();
    }

    @Test
    void aCompletedRunWithoutSyncOrCountsIsNotRestartable() {
        JobRun run = new JobRun(7, "public-contracts", "COMPLETED", "COMPLETED", T, T, T, Map.of(),
                List.of(new JobRun.StepRun("contracts", "COMPLETED", Map.of(), "page 3 of 4"),
                        new JobRun.StepRun("details", "COMPLETED", Map.of("READ_COUNT", 12L), null)));

        JobRow row = JobRow.of(run);

        assertThat(row.sync()).isNull();
        assertThat(row.progress()).containsExactly("contracts: 0 read, 0 written", "details: 12 read, 0 written");
        assertThat(row.restartable()).isFalse();
        assertThat(JobRow.of(new JobRun(8, "wallet-journal", "STOPPED", null, T, T, null, Map.of(), List.of()))
                .restartable()).isTrue();
    }

    @Test
    void anAbandonedRunShowsWhatItStoredThoughItsStepsSayNothing() {
        JobRun run = new JobRun(9, "wallet-journal", "ABANDONED", "ABANDONED", T, T, T.plusSeconds(1500),
                Map.of(), List.of(new JobRun.StepRun("pages", "STARTED", Map.of(), null)), 46, 46_000);

        JobRow row = JobRow.of(run);

        assertThat(row.progress()).containsExactly("pages: 0 read, 0 written", "in all: 46 pages, 46000 rows stored");
        assertThat(row.restartable()).isFalse();
    }
}
