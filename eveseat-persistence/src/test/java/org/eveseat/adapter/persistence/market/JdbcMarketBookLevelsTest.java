package org.eveseat.adapter.persistence.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.adapter.persistence.market.BookFixtures.FORGE;
import static org.eveseat.adapter.persistence.market.BookFixtures.JITA;
import static org.eveseat.adapter.persistence.market.BookFixtures.JITA_4_4;
import static org.eveseat.adapter.persistence.market.BookFixtures.NOW;
import static org.eveseat.adapter.persistence.market.BookFixtures.PERIMETER;
import static org.eveseat.adapter.persistence.market.BookFixtures.PERIMETER_STATION;
import static org.eveseat.adapter.persistence.market.BookFixtures.PYERITE;
import static org.eveseat.adapter.persistence.market.BookFixtures.TRITANIUM;
import static org.eveseat.adapter.persistence.market.BookFixtures.buy;
import static org.eveseat.adapter.persistence.market.BookFixtures.page;
import static org.eveseat.adapter.persistence.market.BookFixtures.sell;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.PriceLevel;

/** A station's price levels are those of its orders in the current snapshot, cents exact, the others' left out. */
class JdbcMarketBookLevelsTest {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
    private final JdbcMarketBook book = new JdbcMarketBook(db.dataSource());

    /** Older snapshots' partitions may stay: only the current snapshot of the region is read. */
    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aStationsLevelsAreItsOrdersPricesInCents() {
        List<MarketOrder> orders = List.of(sell(1, TRITANIUM, "5.01", JITA_4_4, JITA),
                buy(2, TRITANIUM, "123456789.99", JITA_4_4, JITA), sell(3, PYERITE, "0.01", JITA_4_4, JITA),
                sell(4, TRITANIUM, "4.00", PERIMETER_STATION, PERIMETER));
        snapshots.publish(snapshots.begin(FORGE, page(1, 1, "A", orders), NOW, 1));

        assertThat(book.stationLevels(FORGE, JITA_4_4)).containsExactlyInAnyOrder(
                new PriceLevel(TRITANIUM, false, 501, 101), new PriceLevel(TRITANIUM, true, 12_345_678_999L, 102),
                new PriceLevel(PYERITE, false, 1, 103));
        assertThat(book.stationLevels(FORGE, JITA_4_4)).containsExactlyInAnyOrderElementsOf(
                book.stationOrders(FORGE, JITA_4_4).stream().map(PriceLevel::of).toList());
        assertThat(book.stationLevels(FORGE, 60000001L)).isEmpty();
    }
}
