package org.eveseat.adapter.batch.publiccontracts;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.contract.port.in.PendingContractDetailsQuery;
import org.eveseat.domain.shared.RegionId;

/**
 * Hands out the ids of the region's contracts whose details were never fetched, in ascending order, a batch of them
 * at a time. The checkpoint is the last id handed out of the committed chunk; a restart asks for the ids after it.
 * Once ESI's budget has deferred the job, it hands out nothing more.
 */
@Dependent
@Named("publicContractDetailsReader")
public class ContractDetailsReader extends AbstractItemReader {
    static final int BATCH = 100;

    private final JobContext job;
    private final JobWalk jobWalk;
    private final PendingContractDetailsQuery pending;
    private final Deque<Long> batch = new ArrayDeque<>();
    private RegionId region;
    private long lastDone;

    @Inject
    ContractDetailsReader(JobContext job, JobWalk jobWalk, PendingContractDetailsQuery pending) {
        this.job = job;
        this.jobWalk = jobWalk;
        this.pending = pending;
    }

    @Override
    public void open(Serializable checkpoint) {
        region = jobWalk.walk().regionId();
        lastDone = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (SyncJobResult.of(job).deferred()) {
            return null;
        }
        if (batch.isEmpty()) {
            batch.addAll(pending.pendingAfter(region, lastDone, BATCH));
        }
        Long next = batch.poll();
        if (next != null) {
            lastDone = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastDone;
    }
}
