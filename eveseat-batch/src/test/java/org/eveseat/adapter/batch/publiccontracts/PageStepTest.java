package org.eveseat.adapter.batch.publiccontracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.adapter.batch.scheduler.TestJobContext;

import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.contract.port.in.StorePublicContractsPageUseCase;
import org.eveseat.domain.contract.port.in.StoredContractsPage;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages step as the batch runtime drives it: read, write, checkpoint, one page per chunk. */
class PageStepTest {
    private static final PublicContractsWalk WALK =
            new PublicContractsWalk(new RegionId(10000002L), Instant.parse("2026-11-25T12:00:00Z"));

    private final JobContext job = TestJobContext.create();
    private final StepContext step = TestJobContext.step();
    private final JobWalk jobWalk = mock(JobWalk.class);
    private final List<Integer> stored = new ArrayList<>();
    private boolean upToDate;
    private int pausedFromPage = Integer.MAX_VALUE;
    private final StorePublicContractsPageUseCase pages = (walk, page) -> {
        assertThat(walk).isEqualTo(WALK);
        if (page >= pausedFromPage) {
            throw new UpstreamPausedException("rate group public-contracts nearly spent", Instant.MAX);
        }
        stored.add(page);
        return upToDate ? StoredContractsPage.upToDate(page) : new StoredContractsPage(page, 3, 1000, false);
    };

    @BeforeEach
    void walk() {
        when(jobWalk.walk()).thenReturn(WALK);
    }

    @Test
    void everyPageIsStoredOnceAndTheCheckpointIsTheNextPage() {
        assertThat(run(null)).containsExactly(2, 3, 4);
        assertThat(stored).containsExactly(1, 2, 3);
        verify(step, never()).setExitStatus(any());
    }

    @Test
    void aRestartResumesAtTheCheckpointedPage() {
        run(3);
        assertThat(stored).containsExactly(3);
    }

    @Test
    void whenEsiHasNothingNewTheStepEndsUpToDate() {
        upToDate = true;
        run(null);
        assertThat(stored).containsExactly(1);
        verify(step).setExitStatus(PublicContractsJob.UP_TO_DATE);
    }

    @Test
    void aPauseOfEsisBudgetEndsTheStepDeferredWithoutThrowing() {
        pausedFromPage = 2;

        run(null);

        assertThat(stored).containsExactly(1);
        verify(step).setExitStatus(SyncJobResult.DEFERRED);
        assertThat(job.getExitStatus()).isEqualTo(SyncJobResult.DEFERRED);
        assertThat(SyncJobResult.of(job).deferred()).isTrue();
    }

    private List<Serializable> run(Integer checkpoint) {
        var reader = new PublicContractsPageReader(step);
        var writer = new PublicContractsPageWriter(job, step, jobWalk, pages);
        reader.open(checkpoint);
        writer.open(checkpoint);
        List<Serializable> checkpoints = new ArrayList<>();
        for (Object page = reader.readItem(); page != null; page = reader.readItem()) {
            writer.writeItems(List.of(page));
            checkpoints.add(reader.checkpointInfo());
        }
        return checkpoints;
    }
}
