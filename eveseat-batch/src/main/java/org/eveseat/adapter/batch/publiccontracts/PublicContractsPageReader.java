package org.eveseat.adapter.batch.publiccontracts;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Hands out the page numbers of the listing, one per chunk, until the writer reports the last page stored. The
 * checkpoint is the next page to store, so a restart resumes after the last committed page.
 */
@Dependent
@Named("publicContractsPageReader")
public class PublicContractsPageReader extends AbstractItemReader {
    private final StepContext step;
    private PageProgress progress;
    private int next;

    @Inject
    PublicContractsPageReader(StepContext step) {
        this.step = step;
    }

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint == null ? 1 : (Integer) checkpoint;
        progress = new PageProgress();
        step.setTransientUserData(progress);
    }

    @Override
    public Object readItem() {
        return progress.walkOver() ? null : next++;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
