package org.eveseat.adapter.batch.scheduler;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;

/** Records a scheduled job's outcome on its sync, so the next run is planned from page 1's Expires. */
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
    SyncMetrics metrics;

    @Inject
    JobEnds jobEnds;

    @Override
    public void afterJob() {
        SyncJobResult result = SyncJobResult.of(job);
        SyncOutcome outcome = JobOutcomes.of(result.expires(), result.failure());
        metrics.ended(job.getJobName(), outcome.status());
        if (syncEndpoint != null && !syncEndpoint.isBlank()) {
            metrics.synced(syncEndpoint, outcome.status());
            try {
                outcomes.record(new SyncKey(SyncEndpoint.valueOf(syncEndpoint), Long.parseLong(syncOwnerId)),
                        outcome);
            } finally {
                jobEnds.ended(job.getExecutionId());
            }
        }
    }
}
