package org.eveseat.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.eveseat.adapter.batch.scheduler.JobOutcomes;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;

/**
 * Runs a claimed sync as the server's runners do, without the batch runtime: the balance directly, the journal
 * as the wallet-journal job does (start or resume the walk, then read and store one page at a time), and records
 * the outcome as the job's listener would.
 */
final class BenchSyncRunner implements Consumer<ScheduledSync> {
    private final SyncWalletBalanceUseCase balance;
    private final StartJournalWalkUseCase startWalk;
    private final ReadJournalPageUseCase readPage;
    private final StoreJournalEntriesUseCase storePage;
    private final RecordSyncOutcomeUseCase outcomes;
    private final SyncLog log;
    private final Clock clock;

    BenchSyncRunner(SyncWalletBalanceUseCase balance, StartJournalWalkUseCase startWalk,
                    ReadJournalPageUseCase readPage, StoreJournalEntriesUseCase storePage,
                    RecordSyncOutcomeUseCase outcomes, SyncLog log, Clock clock) {
        this.balance = balance;
        this.startWalk = startWalk;
        this.readPage = readPage;
        this.storePage = storePage;
        this.outcomes = outcomes;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void accept(ScheduledSync sync) {
        SyncOutcome outcome = switch (sync.key().endpoint()) {
            case WALLET_BALANCE -> balance.sync(new CharacterId(sync.key().ownerId()));
            case WALLET_JOURNAL -> walkJournal(sync);
            default -> throw new IllegalStateException("no runner for " + sync.key().endpoint());
        };
        outcomes.record(sync.key(), outcome);
        log.finished(sync, outcome.status(), clock.instant());
    }

    private SyncOutcome walkJournal(ScheduledSync sync) {
        Instant expires = null;
        try {
            JournalWalk walk = startWalk.start(JournalOwner.character(sync.key().ownerId()),
                    new CharacterId(sync.viaCharacterId()));
            while (!walk.done()) {
                JournalStep step = readPage.read(walk);
                walk = step.walk();
                expires = walk.expires() == null ? expires : walk.expires();
                storePage.store(step);
            }
            return JobOutcomes.of(expires, null);
        } catch (RuntimeException e) {
            return JobOutcomes.of(expires, e);
        }
    }
}
