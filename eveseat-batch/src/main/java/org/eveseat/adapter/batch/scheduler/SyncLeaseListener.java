package org.eveseat.adapter.batch.scheduler;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;

/**
 * Renews a scheduled job's lease after every chunk, so a job longer than one lease is not claimed and run a
 * second time while it is still going, and a job whose node died is picked up one lease after its last chunk.
 * The job's run record gets what the chunks stored so far, and its own lease, with it.
 */
@Dependent
@Named("syncLeaseListener")
public class SyncLeaseListener extends AbstractChunkListener {
    @Inject
    @BatchProperty
    String syncEndpoint;

    @Inject
    @BatchProperty
    String syncOwnerId;

    @Inject
    RenewSyncLeaseUseCase leases;

    @Inject
    JobRunLogUseCase runs;

    @Inject
    JobContext job;

    @Override
    public void afterChunk() {
        SyncKey sync = SyncRunners.syncOf(syncEndpoint, syncOwnerId);
        if (sync != null) {
            leases.renew(sync);
        }
        // the writers' own count: JBatch counts a chunk's items only after its listeners have run, and a killed
        // node's execution keeps 0 for ever
        SyncJobResult stored = SyncJobResult.of(job);
        runs.progressed(job.getExecutionId(), job.getJobName(), sync, stored.pagesStored(), stored.rowsStored());
    }
}
