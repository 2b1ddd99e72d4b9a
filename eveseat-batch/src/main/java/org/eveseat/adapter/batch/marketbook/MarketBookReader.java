package org.eveseat.adapter.batch.marketbook;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.port.in.StartBookWalkUseCase;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * Begins the region's walk when the step opens (or goes on with the one a stopped run left: its progress is stored
 * with its pages, so a restart or a later run continues there) and hands the walk to the writer once per chunk until
 * it is complete. An up-to-date book ends the step at once with exit status UP_TO_DATE.
 */
@Dependent
@Named("marketBookReader")
public class MarketBookReader extends AbstractItemReader {
    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String regionId;

    @Inject
    StartBookWalkUseCase start;

    private BookProgress progress;

    @Override
    public void open(Serializable checkpoint) {
        progress = new BookProgress(null);
        step.setTransientUserData(progress);
        BookWalkStart started;
        try {
            started = start.start(RegionId.parse(regionId));
        } catch (UpstreamPausedException pause) {
            step.setExitStatus(SyncJobResult.DEFERRED);
            SyncJobResult.defer(job, pause);
            return;
        }
        SyncJobResult.of(job).expires(started.expires());
        if (started.upToDate()) {
            step.setExitStatus(MarketBookJob.UP_TO_DATE);
        } else {
            progress.walked(started.walk());
        }
    }

    @Override
    public Object readItem() {
        return progress.next();
    }
}
