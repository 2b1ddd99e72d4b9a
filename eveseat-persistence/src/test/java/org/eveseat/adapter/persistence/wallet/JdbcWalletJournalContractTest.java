package org.eveseat.adapter.persistence.wallet;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.testing.WalletJournalRepositoryContract;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * The journal in PostgreSQL keeps the contract of every wallet journal, with autocommit (each call its own
 * transaction, the staged path) as a program outside a container uses it.
 */
class JdbcWalletJournalContractTest implements WalletJournalRepositoryContract {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcWalletJournalRepository journal = new JdbcWalletJournalRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Override
    public WalletJournalRepository journal() {
        return journal;
    }
}
