package org.eveseat.adapter.persistence.market;

import org.junit.jupiter.api.BeforeEach;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.OwnOrderRepositoryContract;
import org.eveseat.domain.market.port.out.OwnOrderRepository;

/** The own orders in PostgreSQL keep the contract of every own-order store. */
class JdbcOwnOrderRepositoryTest implements OwnOrderRepositoryContract {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcOwnOrderRepository orders = new JdbcOwnOrderRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Override
    public OwnOrderRepository orders() {
        return orders;
    }
}
