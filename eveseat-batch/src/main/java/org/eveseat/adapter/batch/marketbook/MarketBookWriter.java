package org.eveseat.adapter.batch.marketbook;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.port.in.StoreBookPagesUseCase;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * Reads and stores the walk's next pages (at most {@code pagesPerChunk}, read concurrently) in the chunk's
 * transaction, with the walk's progress. A walk ESI's book changed under starts over from page 1; one that keeps
 * changing fails the step, and the current book stays. A pause of ESI's budget ends the step DEFERRED.
 */
@Dependent
@Named("marketBookWriter")
public class MarketBookWriter extends AbstractItemWriter {
    static final int DEFAULT_PAGES_PER_CHUNK = 20;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String pagesPerChunk;

    @Inject
    StoreBookPagesUseCase store;

    @Override
    public void writeItems(List<Object> items) {
        BookProgress progress = (BookProgress) step.getTransientUserData();
        for (Object item : items) {
            BookWalk walk = (BookWalk) item;
            BookWalk after;
            try {
                after = store.store(walk, chunk());
            } catch (UpstreamPausedException pause) {
                progress.stop();
                step.setExitStatus(SyncJobResult.DEFERRED);
                SyncJobResult.defer(job, pause);
                return;
            }
            progress.walked(after);
            SyncJobResult.of(job).expires(after.expiresAt());
            SyncJobResult.of(job).stored(after.walks() == walk.walks() ? after.pagesStored() - walk.pagesStored()
                    : after.pagesStored(), 0);
        }
    }

    private int chunk() {
        return pagesPerChunk == null || pagesPerChunk.isBlank() ? DEFAULT_PAGES_PER_CHUNK
                : Integer.parseInt(pagesPerChunk.trim());
    }
}
