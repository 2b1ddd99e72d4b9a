package org.eveseat.adapter.batch.walletjournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.adapter.batch.scheduler.TestJobContext;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.junit.jupiter.api.Test;

/** The reader as the batch runtime drives it, when ESI's budget pauses the walk. */
class WalletJournalReaderTest {
    private static final long PILOT = 2112625428L;
    private static final Instant PAUSE_ENDS = Instant.parse("2026-11-25T12:13:00Z");

    private final JobContext job = TestJobContext.create();

    @Test
    void aPauseEndsTheStepCleanlyAndDefersTheJob() {
        WalletJournalReader reader = reader(walk -> {
            throw new UpstreamPausedException("rate group char-wallet nearly spent", PAUSE_ENDS);
        });
        reader.open(null);

        assertThat(reader.readItem()).as("no item: the step ends, nothing is thrown").isNull();
        assertThat(job.getExitStatus()).isEqualTo(SyncJobResult.DEFERRED);
        assertThat(SyncJobResult.of(job).deferred()).isTrue();
    }

    @Test
    void aWalkWithoutPauseIsNotDeferred() {
        WalletJournalReader reader = reader(walk -> new JournalStep(List.of(), walk.after(1, null, true)));
        reader.open(null);

        assertThat(reader.readItem()).isNotNull();
        assertThat(job.getExitStatus()).isNull();
        assertThat(SyncJobResult.of(job).deferred()).isFalse();
    }

    private WalletJournalReader reader(org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase pages) {
        WalletJournalReader reader = new WalletJournalReader();
        reader.job = job;
        reader.ownerKind = "CHARACTER";
        reader.ownerId = Long.toString(PILOT);
        reader.division = "0";
        reader.viaCharacterId = Long.toString(PILOT);
        reader.start = (owner, via) -> JournalWalk.begin(owner, via, 0);
        reader.pages = pages;
        return reader;
    }
}
