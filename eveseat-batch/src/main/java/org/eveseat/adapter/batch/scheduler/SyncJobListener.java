package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;

/**
 * Records a scheduled job's outcome on its sync, so the next run is planned from page 1's Expires (or from the
 * end of the pause that deferred it; at once when its node stopped it while shutting down).
 */
@Dependent
@Named("syncJobListener")
public class SyncJobListener extends AbstractJobListener {
    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String syncEndpoint;

    @Inject
    @BatchProperty
    String syncOwnerId;

    @Inject
    RecordSyncOutcomeUseCase outcomes;

    @Inject
    RenewSyncLeaseUseCase leases;

    @Inject
    SyncMetrics metrics;

    @Inject
    JobRunLogUseCase runs;

    @Inject
    JobEnds jobEnds;

    /** The claim's lease runs from the claim; starting a job can take a while on a busy node, so renew it first. */
    @Override
    public void beforeJob() {
        SyncKey sync = SyncRunners.syncOf(syncEndpoint, syncOwnerId);
        if (sync != null) {
            leases.renew(sync);
        }
    }

    @Override
    public void afterJob() {
        SyncJobResult result = SyncJobResult.of(job);
        BatchStatus status = job.getBatchStatus();
        boolean stopped = status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
        SyncOutcome outcome = JobOutcomes.of(result.expires(), result.failure(), result.pause(), stopped);
        metrics.ended(job.getJobName(), outcome.status(), took());
        SyncKey sync = SyncRunners.syncOf(syncEndpoint, syncOwnerId);
        runs.ended(job.getExecutionId(), job.getJobName(), sync, ended(outcome));
        if (sync != null) {
            metrics.synced(syncEndpoint, outcome.status());
            try {
                outcomes.record(sync, outcome);
            } finally {
                jobEnds.ended(job.getExecutionId());
            }
        }
    }

    private static String ended(SyncOutcome outcome) {
        return switch (outcome.status()) {
            case DEFERRED -> SyncJobResult.DEFERRED;
            case FAILED, TOKEN_INVALID -> "FAILED";
            default -> "COMPLETED";
        };
    }

    private Duration took() {
        Date started = BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getStartTime();
        return started == null ? Duration.ZERO : Duration.between(started.toInstant(), Instant.now());
    }
}
