package org.eveseat.adapter.batch.publiccontracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import jakarta.batch.runtime.context.JobContext;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.adapter.batch.scheduler.TestJobContext;
import org.eveseat.domain.contract.port.in.ClosedContracts;
import org.eveseat.domain.contract.port.in.ContractDetailsOutcome;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;
import org.eveseat.domain.contract.port.in.PendingContractDetailsQuery;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The details chunk (ten contracts per chunk, as in the job XML) and the closing batchlet. */
class DetailsAndCloseStepsTest {
    private static final RegionId FORGE = new RegionId(10000002L);
    private static final PublicContractsWalk WALK = new PublicContractsWalk(FORGE, Instant.parse("2026-11-25T12:00:00Z"));

    private final JobContext job = TestJobContext.create();
    private final JobWalk jobWalk = mock(JobWalk.class);
    private long pausedFrom = Long.MAX_VALUE;
    private final List<Long> pendingIds = new ArrayList<>(LongStream.rangeClosed(1001, 1250).boxed().toList());
    private final List<Long> fetched = new ArrayList<>();
    private final PendingContractDetailsQuery pending = (region, after, limit) -> {
        assertThat(region).isEqualTo(FORGE);
        return pendingIds.stream().filter(id -> id > after).limit(limit).toList();
    };
    private final FetchContractDetailsUseCase details = id -> {
        if (id >= pausedFrom) {
            throw new UpstreamPausedException("ESI error budget down to 20", Instant.MAX);
        }
        fetched.add(id);
        pendingIds.remove(id);
        return ContractDetailsOutcome.STORED;
    };

    @BeforeEach
    void walk() {
        when(jobWalk.walk()).thenReturn(WALK);
    }

    @Test
    void everyPendingContractIsFetchedOnceInIdOrder() {
        Serializable checkpoint = runChunks(null, Integer.MAX_VALUE);

        assertThat(fetched).hasSize(250).isSorted().doesNotHaveDuplicates();
        assertThat(checkpoint).isEqualTo(1250L);
    }

    @Test
    void aRestartContinuesAfterTheLastCommittedChunk() {
        Serializable checkpoint = runChunks(null, 3);
        assertThat(checkpoint).isEqualTo(1030L);

        runChunks(checkpoint, Integer.MAX_VALUE);

        assertThat(fetched).hasSize(250).doesNotHaveDuplicates();
    }

    @Test
    void aPauseOfEsisBudgetStopsTheStepAndLeavesTheRestPending() {
        pausedFrom = 1035;

        runChunks(null, Integer.MAX_VALUE);

        assertThat(fetched).hasSize(34).isSorted();
        assertThat(pendingIds).hasSize(216).startsWith(1035L);
        assertThat(SyncJobResult.of(job).deferred()).isTrue();
        assertThat(job.getExitStatus()).isEqualTo(SyncJobResult.DEFERRED);
    }

    @Test
    void closeUsesTheWalkOfTheJob() {
        List<PublicContractsWalk> closed = new ArrayList<>();
        var closer = new PublicContractsCloser(jobWalk, walk -> {
            closed.add(walk);
            return new ClosedContracts(2, 5);
        });

        assertThat(closer.process()).isEqualTo("COMPLETED");
        assertThat(closed).containsExactly(WALK);
    }

    /** Runs up to {@code chunks} chunks of ten and returns the last checkpoint. */
    private Serializable runChunks(Serializable checkpoint, int chunks) {
        var reader = new ContractDetailsReader(job, jobWalk, pending);
        var writer = new ContractDetailsWriter(job, details);
        reader.open(checkpoint);
        Serializable last = checkpoint;
        for (int chunk = 0; chunk < chunks; chunk++) {
            List<Object> ids = new ArrayList<>();
            for (Object id = reader.readItem(); id != null; id = ids.size() < 10 ? reader.readItem() : null) {
                ids.add(id);
            }
            if (ids.isEmpty()) {
                break;
            }
            writer.writeItems(ids);
            last = reader.checkpointInfo();
        }
        return last;
    }
}
