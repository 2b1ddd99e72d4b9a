package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;

/**
 * Runs one claimed sync. Small reads run here and their outcome is recorded at once; long walks are started as
 * Jakarta Batch jobs, whose listener records the outcome when they end, and waited for, so they hold a slot. Only the endpoints listed here are
 * planned, so a feature joins the schedule by adding its runner.
 */
@ApplicationScoped
public class SyncRunners {
    @Inject
    SyncWalletBalanceUseCase walletBalance;

    @Inject
    RecordSyncOutcomeUseCase outcomes;

    @Inject
    SyncMetrics metrics;

    @Inject
    JobEnds jobEnds;

    /** A job holds its slot until it ends, at most as long as its sync's lease. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    public Set<SyncEndpoint> runnable() {
        return EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL, SyncEndpoint.PUBLIC_CONTRACTS);
    }

    /** Never throws: a sync that cannot even start is recorded as failed and backs off like any other failure. */
    public void run(ScheduledSync sync) {
        try {
            dispatch(sync);
        } catch (RuntimeException e) {
            record(sync, new SyncOutcome(SyncOutcome.Status.FAILED, null, "could not start: " + e.getMessage()));
        }
    }

    private void dispatch(ScheduledSync sync) {
        switch (sync.key().endpoint()) {
            case WALLET_BALANCE -> record(sync, walletBalance.sync(new CharacterId(sync.key().ownerId())));
            case WALLET_JOURNAL -> start("wallet-journal", sync, jobParameters(
                    "ownerKind", "CHARACTER", "ownerId", sync.key().ownerId(), "division", 0,
                    "viaCharacterId", sync.viaCharacterId()));
            case PUBLIC_CONTRACTS -> start("public-contracts", sync, jobParameters("regionId", sync.key().ownerId()));
            default -> throw new IllegalStateException("no runner for " + sync.key().endpoint());
        }
    }

    private void record(ScheduledSync sync, SyncOutcome outcome) {
        metrics.synced(sync.key().endpoint().name(), outcome.status());
        outcomes.record(sync.key(), outcome);
    }

    private void start(String job, ScheduledSync sync, Properties parameters) {
        parameters.setProperty("syncEndpoint", sync.key().endpoint().name());
        parameters.setProperty("syncOwnerId", Long.toString(sync.key().ownerId()));
        long execution = BatchRuntime.getJobOperator().start(job, parameters);
        jobEnds.await(execution, Duration.ofSeconds(leaseSeconds));
    }

    static Properties jobParameters(Object... pairs) {
        Properties parameters = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.setProperty(pairs[i].toString(), pairs[i + 1].toString());
        }
        return parameters;
    }
}
