package org.eveseat.adapter.batch.marketbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.adapter.batch.scheduler.TestJobContext;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.junit.jupiter.api.Test;

/** The pages step and the publish step as the batch runtime drives them. */
class MarketBookStepsTest {
    private static final RegionId FORGE = new RegionId(10000002);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final BookWalk WALK = new BookWalk(FORGE, 7, 45, "A", 1, 1, NOW, NOW.plusSeconds(300));

    private final JobContext job = TestJobContext.create();
    private final StepContext step = TestJobContext.step();
    private final List<Integer> chunks = new ArrayList<>();
    private BookWalkStart start = BookWalkStart.of(WALK);
    private int pausedAtChunk = Integer.MAX_VALUE;

    @Test
    void theWalkIsStoredAChunkOfPagesAtATimeUntilItIsComplete() {
        run();
        assertThat(chunks).containsExactly(20, 20, 20);
        verify(step, never()).setExitStatus(any());
    }

    @Test
    void anUpToDateBookEndsTheStepWithoutAChunk() {
        start = BookWalkStart.upToDate(NOW.plusSeconds(100));
        run();
        assertThat(chunks).isEmpty();
        verify(step).setExitStatus(MarketBookJob.UP_TO_DATE);
    }

    @Test
    void aPauseOfEsisBudgetEndsTheStepDeferredWithTheStoredPagesKept() {
        pausedAtChunk = 2;
        run();
        assertThat(chunks).containsExactly(20);
        verify(step).setExitStatus(SyncJobResult.DEFERRED);
        assertThat(SyncJobResult.of(job).deferred()).isTrue();
    }

    @Test
    void thePublishStepPublishesTheRegionAndCountsItsOrders() {
        MarketBookPublisher publisher = new MarketBookPublisher();
        publisher.job = job;
        publisher.regionId = "10000002";
        publisher.publish = region -> new PublishedBook(new BookSnapshot(region, 7, NOW, NOW.plusSeconds(300), 45_000),
                10, 20, 30);
        assertThat(publisher.process()).isEqualTo("COMPLETED");
        assertThat(SyncJobResult.of(job).deferred()).isFalse();
    }

    private void run() {
        MarketBookReader reader = new MarketBookReader();
        reader.job = job;
        reader.step = step;
        reader.regionId = "10000002";
        reader.start = region -> start;
        MarketBookWriter writer = new MarketBookWriter();
        writer.job = job;
        writer.step = step;
        writer.store = (walk, max) -> {
            if (chunks.size() + 1 >= pausedAtChunk) {
                throw new UpstreamPausedException("rate group market-order nearly spent", Instant.MAX);
            }
            chunks.add(max);
            return walk.stored(Math.min(max, walk.pageCount() - walk.pagesStored()));
        };
        reader.open(null);
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            writer.writeItems(List.of(item));
        }
    }
}
