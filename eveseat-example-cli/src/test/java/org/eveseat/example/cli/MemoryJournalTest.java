package org.eveseat.example.cli;

import org.eveseat.domain.testing.JournalWalkRepositoryContract;
import org.eveseat.domain.testing.WalletJournalRepositoryContract;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/** This program's storage keeps the contracts of the server's PostgreSQL repositories. */
class MemoryJournalTest implements WalletJournalRepositoryContract, JournalWalkRepositoryContract {
    private final MemoryJournal memory = new MemoryJournal();

    @Override
    public WalletJournalRepository journal() {
        return memory;
    }

    @Override
    public JournalWalkRepository walks() {
        return memory;
    }
}
