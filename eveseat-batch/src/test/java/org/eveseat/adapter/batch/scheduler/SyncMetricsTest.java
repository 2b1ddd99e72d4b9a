package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.inject.Instance;

import org.eveseat.domain.shared.SyncOutcome.Status;
import org.junit.jupiter.api.Test;

/** What the admin API shows of this node's syncs and jobs, with or without MicroProfile Metrics on the server. */
class SyncMetricsTest {
    @SuppressWarnings("unchecked")
    private final Instance<MicroProfileSyncMetrics> exported = mock(Instance.class);
    private final SyncMetrics metrics = new SyncMetrics();

    SyncMetricsTest() {
        metrics.exported = exported;
    }

    @Test
    void syncsAreCountedByEndpointAndOutcomeAndInTheLastMinute() {
        metrics.synced("WALLET_BALANCE", Status.UPDATED);
        metrics.synced("WALLET_BALANCE", Status.UPDATED);
        metrics.synced("WALLET_BALANCE", Status.NOT_DUE);
        metrics.synced("KILLMAILS", Status.FAILED);

        assertThat(metrics.totals()).containsExactly(Map.entry("KILLMAILS/FAILED", 1L),
                Map.entry("WALLET_BALANCE/NOT_DUE", 1L), Map.entry("WALLET_BALANCE/UPDATED", 2L));
        assertThat(metrics.perMinute()).isEqualTo(4);
    }

    @Test
    void jobsAreCountedWithTheirMeanAndLongestDuration() {
        metrics.ended("walletJournal", Status.UPDATED, Duration.ofMillis(100));
        metrics.ended("walletJournal", Status.FAILED, Duration.ofMillis(300));
        metrics.ended("publicContracts", Status.UNCHANGED, Duration.ofSeconds(2));

        assertThat(metrics.jobDurations()).containsOnlyKeys("publicContracts", "walletJournal");
        assertThat(metrics.jobDurations().get("walletJournal")).containsExactly(2, 200, 300);
        assertThat(metrics.jobDurations().get("publicContracts")).containsExactly(1, 2000, 2000);
        assertThat(metrics.totals()).containsEntry("walletJournal/FAILED", 1L).containsEntry("walletJournal/UPDATED", 1L);
    }

    @Test
    void theFiguresGoToMicroProfileMetricsOnlyWhereTheServerHasIt() {
        MicroProfileSyncMetrics registry = mock(MicroProfileSyncMetrics.class);
        when(exported.get()).thenReturn(registry);

        metrics.synced("WALLET_BALANCE", Status.UPDATED);
        metrics.ended("walletJournal", Status.UPDATED, Duration.ofMillis(5));
        verify(exported, never()).get();

        when(exported.isResolvable()).thenReturn(true);
        metrics.synced("WALLET_BALANCE", Status.UPDATED);
        metrics.ended("walletJournal", Status.UPDATED, Duration.ofMillis(5));
        verify(registry).count("eveseat_syncs_total", "endpoint", "WALLET_BALANCE", "UPDATED");
        verify(registry).count("eveseat_sync_jobs_total", "job", "walletJournal", "UPDATED");
        verify(registry).time(any(), any(), any());
    }
}
