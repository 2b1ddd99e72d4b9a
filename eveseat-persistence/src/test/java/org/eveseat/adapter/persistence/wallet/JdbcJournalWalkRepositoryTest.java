package org.eveseat.adapter.persistence.wallet;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.testing.JournalWalkRepositoryContract;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.junit.jupiter.api.BeforeEach;

/** The journal walks in PostgreSQL keep the contract of every journal walk store. */
class JdbcJournalWalkRepositoryTest implements JournalWalkRepositoryContract {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcJournalWalkRepository walks = new JdbcJournalWalkRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Override
    public JournalWalkRepository walks() {
        return walks;
    }
}
