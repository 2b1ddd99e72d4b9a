package org.eveseat.adapter.batch.scheduler;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;

/**
 * Renews a scheduled job's lease after every chunk, so a job longer than one lease is not claimed and run a
 * second time while it is still going, and a job whose node died is picked up one lease after its last chunk.
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

    @Override
    public void afterChunk() {
        if (syncEndpoint != null && !syncEndpoint.isBlank()) {
            leases.renew(new SyncKey(SyncEndpoint.valueOf(syncEndpoint), Long.parseLong(syncOwnerId)));
        }
    }
}
