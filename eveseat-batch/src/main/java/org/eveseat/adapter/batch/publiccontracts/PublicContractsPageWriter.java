package org.eveseat.adapter.batch.publiccontracts;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.contract.port.in.StorePublicContractsPageUseCase;
import org.eveseat.domain.contract.port.in.StoredContractsPage;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * Stores each page the reader hands out, in the chunk's transaction, and tells the reader how far the walk goes.
 * When ESI has nothing new the step ends with exit status UP_TO_DATE, which ends the job before anything is closed;
 * when ESI's budget pauses the walk it ends with DEFERRED, which ends the job too (the walk is not complete).
 */
@Dependent
@Named("publicContractsPageWriter")
public class PublicContractsPageWriter extends AbstractItemWriter {
    private final JobContext job;
    private final StepContext step;
    private final JobWalk jobWalk;
    private final StorePublicContractsPageUseCase pages;
    private PublicContractsWalk walk;

    @Inject
    PublicContractsPageWriter(JobContext job, StepContext step, JobWalk jobWalk, StorePublicContractsPageUseCase pages) {
        this.job = job;
        this.step = step;
        this.jobWalk = jobWalk;
        this.pages = pages;
    }

    @Override
    public void open(Serializable checkpoint) {
        walk = jobWalk.walk();
    }

    @Override
    public void writeItems(List<Object> items) {
        PageProgress progress = (PageProgress) step.getTransientUserData();
        for (Object page : items) {
            StoredContractsPage stored;
            try {
                stored = pages.store(walk, (Integer) page);
            } catch (UpstreamPausedException pause) {
                progress.deferred();
                step.setExitStatus(SyncJobResult.DEFERRED);
                SyncJobResult.defer(job, pause);
                return;
            }
            progress.stored(stored);
            SyncJobResult.of(job).stored(1, stored.contracts());
            if (stored.upToDate()) {
                step.setExitStatus(PublicContractsJob.UP_TO_DATE);
            }
        }
    }
}
