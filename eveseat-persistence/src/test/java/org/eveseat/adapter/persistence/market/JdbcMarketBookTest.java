package org.eveseat.adapter.persistence.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.HubRegions;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Isk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcMarketBookTest {
    private static final List<MarketOrder> PAGE_1 = List.of(sell(1, TRITANIUM, "5.10", JITA_4_4, JITA),
            sell(2, TRITANIUM, "4.90", JITA_4_4, JITA), buy(3, TRITANIUM, "4.50", JITA_4_4, JITA));
    private static final List<MarketOrder> PAGE_2 = List.of(buy(4, TRITANIUM, "4.70", PERIMETER_STATION, PERIMETER),
            sell(5, TRITANIUM, "4.95", PERIMETER_STATION, PERIMETER), sell(6, PYERITE, "9.00", JITA_4_4, JITA));

    private final TestDatabase db = TestDatabase.get();
    private final JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
    private final JdbcMarketBook book = new JdbcMarketBook(db.dataSource());

    @BeforeEach
    void empty() throws SQLException {
        db.truncateApplicationTables();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("do $$ declare t text; begin for t in select tablename from pg_tables where tablename like "
                    + "'market\\_order\\_s%' loop execute 'drop table ' || quote_ident(t); end loop; end $$");
        }
    }

    @Test
    void aWalkedSnapshotIsReadByTypeAndScopeOnlyOnceItIsPublished() {
        BookWalk walk = snapshots.begin(FORGE, page(1, 2, "A", PAGE_1), NOW, 1);
        assertThat(snapshots.unfinished(FORGE)).contains(walk);
        snapshots.append(walk, 1, PAGE_2);
        assertThat(book.snapshot(FORGE)).isEmpty();
        assertThat(book.orders(TRITANIUM, BookScope.region(FORGE))).isEmpty();

        BookSnapshot published = snapshots.publish(walk.stored(1));

        assertThat(published.orderCount()).isEqualTo(6);
        assertThat(book.snapshot(FORGE)).contains(published);
        assertThat(snapshots.unfinished(FORGE)).isEmpty();
        assertThat(book.orders(TRITANIUM, BookScope.region(FORGE))).extracting(MarketOrder::orderId)
                .containsExactly(2L, 5L, 1L, 4L, 3L);
        assertThat(book.orders(TRITANIUM, BookScope.station(FORGE, JITA_4_4))).extracting(MarketOrder::orderId)
                .containsExactly(2L, 1L, 3L);
        assertThat(book.orders(TRITANIUM, BookScope.system(FORGE, PERIMETER))).extracting(MarketOrder::orderId)
                .containsExactly(5L, 4L);
        assertThat(book.orders(TRITANIUM, BookScope.region(FORGE)).get(0)).isEqualTo(PAGE_1.get(1));
        assertThat(book.sellersView(TRITANIUM, FORGE, JITA_4_4)).extracting(MarketOrder::orderId)
                .containsExactly(2L, 1L, 4L, 3L);
        assertThat(book.stationOrders(FORGE, JITA_4_4)).extracting(MarketOrder::orderId)
                .containsExactly(2L, 1L, 3L, 6L);
        assertThat(snapshots.regionOfStation(PERIMETER_STATION)).contains(FORGE);
        assertThat(snapshots.regionOfStation(1L)).isEmpty();
    }

    @Test
    void publishingRecordsNewRepricedAndGoneOrdersAgainstTheBookBefore() {
        publish(List.of(sell(1, TRITANIUM, "5.00", JITA_4_4, JITA), sell(2, TRITANIUM, "5.10", JITA_4_4, JITA),
                buy(3, TRITANIUM, "4.00", JITA_4_4, JITA)), NOW);
        assertThat(book.changes(FORGE, TRITANIUM, Instant.EPOCH, 50)).isEmpty();

        Map<OrderChangeKind, Long> second = publish(List.of(sell(1, TRITANIUM, "4.99", JITA_4_4, JITA),
                buy(3, TRITANIUM, "4.00", JITA_4_4, JITA), buy(7, TRITANIUM, "4.10", JITA_4_4, JITA)),
                NOW.plusSeconds(300));

        assertThat(second).containsExactlyInAnyOrderEntriesOf(Map.of(OrderChangeKind.NEW, 1L, OrderChangeKind.PRICE,
                1L, OrderChangeKind.GONE, 1L));
        assertThat(snapshots.recordChanges(FORGE, NOW.plusSeconds(300))).isEmpty();
        List<OrderChange> changes = book.changes(FORGE, TRITANIUM, Instant.EPOCH, 50);
        assertThat(changes).extracting(OrderChange::orderId, OrderChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, OrderChangeKind.PRICE),
                org.assertj.core.groups.Tuple.tuple(2L, OrderChangeKind.GONE),
                org.assertj.core.groups.Tuple.tuple(7L, OrderChangeKind.NEW));
        assertThat(changes.get(0).oldPrice()).isEqualTo(Isk.of("5.00"));
        assertThat(changes.get(0).newPrice()).isEqualTo(Isk.of("4.99"));
        assertThat(changes.get(1).newPrice()).isNull();
        assertThat(changes.get(2).oldPrice()).isNull();
        assertThat(book.changes(FORGE, TRITANIUM, NOW.plusSeconds(300), 50)).isEmpty();
        assertThat(book.changes(FORGE, TRITANIUM, Instant.EPOCH, 1)).hasSize(1);
    }

    @Test
    void onlyTheCurrentAndThePreviousSnapshotAreKept() {
        for (int i = 0; i < 4; i++) {
            publish(List.of(sell(1, TRITANIUM, "5.0" + i, JITA_4_4, JITA)), NOW.plusSeconds(300L * i));
        }
        assertThat(snapshotTables()).isEqualTo(2);
        assertThat(book.orders(TRITANIUM, BookScope.region(FORGE))).extracting(o -> o.price().amount().toPlainString())
                .containsExactly("5.03");
    }

    @Test
    void aDiscardedOrRestartedWalkLeavesTheCurrentBookAsItWas() {
        publish(PAGE_1, NOW);
        BookWalk first = snapshots.begin(FORGE, page(1, 3, "B", PAGE_2), NOW, 1);
        BookWalk second = snapshots.begin(FORGE, page(1, 3, "C", PAGE_2), NOW, 2);

        assertThat(snapshots.unfinished(FORGE)).contains(second);
        assertThatThrownBy(() -> snapshots.append(first, 1, PAGE_2)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> snapshots.append(second.stored(1), 1, PAGE_2)).isInstanceOf(ConflictException.class);
        snapshots.discard(second);

        assertThat(snapshots.unfinished(FORGE)).isEmpty();
        assertThat(snapshotTables()).isEqualTo(1);
        assertThat(book.orders(TRITANIUM, BookScope.region(FORGE))).containsExactlyElementsOf(List.of(PAGE_1.get(1),
                PAGE_1.get(0), PAGE_1.get(2)));
    }

    @Test
    void aConfirmedBookIsCachedLonger() {
        publish(PAGE_1, NOW);
        snapshots.confirm(FORGE, NOW.plusSeconds(900));
        assertThat(book.snapshot(FORGE).orElseThrow().expiresAt()).isEqualTo(NOW.plusSeconds(900));
    }

    @Test
    void theKeptRegionsAreTheHubsUntilAnAdminChoosesOthers() {
        JdbcMarketRegionRepository regions = new JdbcMarketRegionRepository(db.dataSource());
        assertThat(regions.regions()).isEqualTo(HubRegions.ALL);
        regions.replace(List.of(new RegionId(10000043), FORGE));
        assertThat(regions.regions()).containsExactly(new RegionId(10000043), FORGE);
    }

    private Map<OrderChangeKind, Long> publish(List<MarketOrder> orders, Instant at) {
        BookWalk walk = snapshots.begin(FORGE, page(1, 1, at.toString(), orders), at, 1);
        snapshots.publish(walk);
        return snapshots.recordChanges(FORGE, at);
    }

    private long snapshotTables() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename like "
                     + "'market\\_order\\_s%'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
