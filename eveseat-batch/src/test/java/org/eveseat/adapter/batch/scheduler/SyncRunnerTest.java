package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.junit.jupiter.api.Test;

/** Runners are found per endpoint, and each says what a run of its sync is: a read done or a job to start. */
class SyncRunnerTest {
    private static final ScheduledSync JOURNAL = new ScheduledSync(new SyncKey(SyncEndpoint.WALLET_JOURNAL, 2112625428L),
            2112625428L, 7, Instant.parse("2026-12-07T10:00:00Z"), SyncState.never());

    @Test
    void theJournalIsAJobWithItsOwnerInTheParameters() {
        var work = (SyncRunner.Job) new JobSyncRunners().walletJournal().work(JOURNAL);

        assertThat(work.name()).isEqualTo("wallet-journal");
        assertThat(work.parameters()).containsEntry("ownerKind", "CHARACTER").containsEntry("ownerId", "2112625428")
                .containsEntry("viaCharacterId", "2112625428");
    }

    @Test
    void aRegionsOrderBookIsTheMarketBookJobForThatRegion() {
        ScheduledSync forge = new ScheduledSync(new SyncKey(SyncEndpoint.MARKET_BOOK, 10000002L), 0, 3,
                Instant.parse("2026-12-07T10:00:00Z"), SyncState.never());

        var work = (SyncRunner.Job) new JobSyncRunners().marketBook().work(forge);

        assertThat(work.name()).isEqualTo("market-book").isIn(BatchJobs.NAMES);
        assertThat(work.parameters()).containsEntry("regionId", "10000002");
    }

    @Test
    void aReadRunsItsUseCaseForTheSyncsCharacter() {
        SyncOutcome done = SyncOutcome.of(SyncOutcome.Status.UPDATED, Instant.parse("2026-12-07T10:05:00Z"));
        var runner = new CharacterSyncRunners().walletBalance(character -> {
            assertThat(character.value()).isEqualTo(2112625428L);
            return done;
        });

        assertThat(runner.work(JOURNAL)).isEqualTo(new SyncRunner.Done(done));
    }

    @Test
    void everyEndpointHasOneRunnerAtMostAndThoseWithoutOneAreNotRunnable() {
        var jobs = new JobSyncRunners();
        var found = SyncRunners.byEndpoint(List.of(jobs.walletJournal(), jobs.publicContracts()));

        assertThat(found).containsOnlyKeys(SyncEndpoint.WALLET_JOURNAL, SyncEndpoint.PUBLIC_CONTRACTS);
        assertThatThrownBy(() -> SyncRunners.byEndpoint(List.of(jobs.walletJournal(), jobs.walletJournal())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WALLET_JOURNAL");
    }
}
