package org.eveseat.domain.testing;

import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/** The in-memory journal the use-case tests use keeps the same contracts as the JDBC one. */
class InMemoryWalletJournalTest implements WalletJournalRepositoryContract, JournalWalkRepositoryContract {
    private final InMemoryWalletJournal memory = new InMemoryWalletJournal();

    @Override
    public WalletJournalRepository journal() {
        return memory;
    }

    @Override
    public JournalWalkRepository walks() {
        return memory;
    }
}
