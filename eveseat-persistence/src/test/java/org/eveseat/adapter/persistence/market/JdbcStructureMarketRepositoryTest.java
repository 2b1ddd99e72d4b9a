package org.eveseat.adapter.persistence.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.persistence.market.BookFixtures.FORGE;
import static org.eveseat.adapter.persistence.market.BookFixtures.NOW;
import static org.eveseat.adapter.persistence.market.BookFixtures.PERIMETER;
import static org.eveseat.adapter.persistence.market.BookFixtures.PYERITE;
import static org.eveseat.adapter.persistence.market.BookFixtures.TRITANIUM;
import static org.eveseat.adapter.persistence.market.BookFixtures.buy;
import static org.eveseat.adapter.persistence.market.BookFixtures.sell;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.OwnOrderFixtures;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.shared.CharacterId;

/** The kept structures and their orders in PostgreSQL: replaced whole, dropped with their structure. */
class JdbcStructureMarketRepositoryTest {
    static final long TOWER = 1_035_466_617_946L;
    static final long ALPHA = 1_000_000_000_001L;
    static final CharacterId PILOT = new CharacterId(90000002L);

    private final TestDatabase db = TestDatabase.get();
    private final JdbcStructureMarketRepository markets = new JdbcStructureMarketRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void keptStructuresStartPendingInTheAdminsOrderAndKeepTheirStateWhenKeptAgain() {
        markets.keep(List.of(TOWER, ALPHA));
        markets.replaceOrders(read(1), List.of(sell(11, TRITANIUM, "5.10", TOWER, PERIMETER)));

        markets.keep(List.of(ALPHA, TOWER));

        assertThat(markets.list()).extracting(StructureMarket::structureId, StructureMarket::access)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALPHA, StructureAccess.PENDING),
                        org.assertj.core.groups.Tuple.tuple(TOWER, StructureAccess.OK));
        assertThat(markets.find(TOWER)).contains(read(1));
        assertThat(markets.find(42L)).isEmpty();
    }

    @Test
    void aReadReplacesTheStructuresOrdersWhole() {
        markets.keep(List.of(TOWER));
        markets.replaceOrders(read(2), List.of(sell(11, TRITANIUM, "5.10", TOWER, PERIMETER),
                buy(12, TRITANIUM, "4.90", TOWER, PERIMETER)));

        markets.replaceOrders(read(2), List.of(sell(13, TRITANIUM, "5.00", TOWER, PERIMETER),
                sell(14, TRITANIUM, "5.20", TOWER, PERIMETER), buy(15, PYERITE, "9.00", TOWER, PERIMETER)));

        assertThat(markets.orders(TOWER, TRITANIUM)).extracting(MarketOrder::orderId).containsExactly(13L, 14L);
        assertThat(markets.orders(TOWER, TRITANIUM).get(0)).isEqualTo(sell(13, TRITANIUM, "5.00", TOWER, PERIMETER));
        assertThat(markets.orders(TOWER, PYERITE)).extracting(MarketOrder::orderId).containsExactly(15L);
    }

    @Test
    void aFailedWriteLeavesTheOldOrdersAndTheOldRecord() {
        markets.keep(List.of(TOWER));
        markets.replaceOrders(read(1), List.of(sell(11, TRITANIUM, "5.10", TOWER, PERIMETER)));
        MarketOrder twice = sell(12, TRITANIUM, "5.00", TOWER, PERIMETER);

        assertThatThrownBy(() -> markets.replaceOrders(read(2), List.of(twice, twice)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(markets.orders(TOWER, TRITANIUM)).extracting(MarketOrder::orderId).containsExactly(11L);
        assertThat(markets.find(TOWER).orElseThrow().orderCount()).isEqualTo(1);
    }

    @Test
    void aRefusalIsRecordedWithoutTouchingTheOrders() {
        markets.keep(List.of(TOWER));
        markets.replaceOrders(read(1), List.of(sell(11, TRITANIUM, "5.10", TOWER, PERIMETER)));

        markets.recordState(read(1).withState(StructureAccess.NO_DOCKING, PILOT, "may not dock \u0000 there"));

        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.NO_DOCKING);
        assertThat(market.detail()).isEqualTo("may not dock \uFFFD there");
        assertThat(markets.orders(TOWER, TRITANIUM)).hasSize(1);
    }

    @Test
    void aDroppedStructureTakesItsOrdersAndALateReadStoresNothing() {
        markets.keep(List.of(TOWER));
        markets.replaceOrders(read(1), List.of(sell(11, TRITANIUM, "5.10", TOWER, PERIMETER)));

        markets.keep(List.of());
        markets.replaceOrders(read(1), List.of(sell(12, TRITANIUM, "5.10", TOWER, PERIMETER)));
        markets.recordState(read(1));

        assertThat(markets.list()).isEmpty();
        assertThat(markets.orders(TOWER, TRITANIUM)).isEmpty();
    }

    @Test
    void structuresOfOpenOwnOrdersNotKeptAreSuggestedMostOrdersFirst() {
        JdbcOwnOrderRepository own = new JdbcOwnOrderRepository(db.dataSource());
        OrderOwner owner = OrderOwner.of(PILOT);
        own.replaceOpen(owner, List.of(at(OwnOrderFixtures.sell(owner, 1, "5.0"), ALPHA),
                at(OwnOrderFixtures.sell(owner, 2, "5.0"), TOWER), at(OwnOrderFixtures.buy(owner, 3, "4.0"), TOWER),
                OwnOrderFixtures.sell(owner, 4, "5.0")));

        assertThat(markets.ownOrderStructures(10)).extracting(StructureSuggestion::structureId,
                StructureSuggestion::ownOrders).containsExactly(org.assertj.core.groups.Tuple.tuple(TOWER, 2L),
                org.assertj.core.groups.Tuple.tuple(ALPHA, 1L));
        markets.keep(List.of(TOWER));
        assertThat(markets.ownOrderStructures(10)).extracting(StructureSuggestion::structureId)
                .containsExactly(ALPHA);
    }

    private static StructureMarket read(long orders) {
        return new StructureMarket(TOWER, "Perimeter - Tranquility Trading Tower", PERIMETER, FORGE,
                StructureAccess.OK, PILOT, NOW, NOW.plusSeconds(300), orders, null);
    }

    private static OwnOrder at(OwnOrder o, long location) {
        return new OwnOrder(o.owner(), o.orderId(), o.typeId(), o.regionId(), location, o.buyOrder(), o.price(),
                o.volumeRemain(), o.volumeTotal(), o.minVolume(), o.range(), o.issued(), o.duration(), o.escrow(),
                o.state(), o.forCorporation(), o.issuedBy(), o.walletDivision());
    }
}
