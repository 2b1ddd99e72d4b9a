package org.eveseat.domain.wallet.service;

import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/** Hands a page of entries to the journal store, which keeps only those it does not have yet, and notes the walk. */
public class StoreJournalEntriesService implements StoreJournalEntriesUseCase {
    private final WalletJournalRepository journals;
    private final JournalWalkRepository walks;

    public StoreJournalEntriesService(WalletJournalRepository journals, JournalWalkRepository walks) {
        this.journals = journals;
        this.walks = walks;
    }

    @Override
    public int store(JournalStep step) {
        int added = journals.insertNew(step.walk().owner(), step.entries());
        walks.save(step.walk());
        return added;
    }
}
