package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.service.MarketFixtures.AMARR;
import static org.eveseat.domain.market.service.MarketFixtures.AMARR_ACADEMY;
import static org.eveseat.domain.market.service.MarketFixtures.DOMAIN;
import static org.eveseat.domain.market.service.MarketFixtures.FORGE;
import static org.eveseat.domain.market.service.MarketFixtures.JITA;
import static org.eveseat.domain.market.service.MarketFixtures.JITA_4_4;
import static org.eveseat.domain.market.service.MarketFixtures.PERIMETER;
import static org.eveseat.domain.market.service.MarketFixtures.PERIMETER_STATION;
import static org.eveseat.domain.market.service.MarketFixtures.PYERITE;
import static org.eveseat.domain.market.service.MarketFixtures.STATIC_DATA;
import static org.eveseat.domain.market.service.MarketFixtures.TRITANIUM;
import static org.eveseat.domain.market.service.MarketFixtures.URLEN;
import static org.eveseat.domain.market.service.MarketFixtures.buy;
import static org.eveseat.domain.market.service.MarketFixtures.order;
import static org.eveseat.domain.market.service.MarketFixtures.ranged;
import static org.eveseat.domain.market.service.MarketFixtures.sell;

import java.math.BigDecimal;
import java.util.List;

import org.eveseat.domain.market.model.BookEntry;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSummary;
import org.eveseat.domain.market.model.HubRegions;
import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.Test;

/** The order book computed by hand, where it is read, and the kept regions. */
class OrderBookQueriesTest {
    private final InMemoryBookSnapshots snapshots = new InMemoryBookSnapshots();
    private final ReadOrderBookService books = new ReadOrderBookService(snapshots, snapshots, STATIC_DATA);
    private final ResolveBookScopeService scopes = new ResolveBookScopeService(STATIC_DATA, snapshots);

    @Test
    void theSummaryIsComputedOverEveryOrderAndTheListsStopAtTheDepth() {
        snapshots.store(FORGE, sell(1, "5.30", 10), sell(2, "5.00", 100), sell(3, "6.00", 1000), sell(4, "5.20", 50),
                buy(5, "4.60", 300), buy(6, "4.80", 200), buy(7, "4.50", 10),
                order(8, false, "4.00", 7, PERIMETER_STATION, PERIMETER));

        OrderBook book = books.book(TRITANIUM, BookScope.station(FORGE, JITA_4_4), 2);

        BookSummary s = book.summary();
        assertThat(s.bestAsk()).isEqualTo(Isk.of("5.00"));
        assertThat(s.bestBid()).isEqualTo(Isk.of("4.80"));
        assertThat(s.spread()).isEqualTo(Isk.of("0.20"));
        assertThat(s.spreadPercent()).isEqualByComparingTo(new BigDecimal("4.00"));
        assertThat(s.askVolume()).isEqualTo(1160);
        assertThat(s.bidVolume()).isEqualTo(510);
        // within 5%: sells up to 5.25, buys down to 4.56
        assertThat(s.askVolumeWithin5()).isEqualTo(150);
        assertThat(s.bidVolumeWithin5()).isEqualTo(500);
        assertThat(book.sells()).extracting(e -> e.order().orderId()).containsExactly(2L, 4L);
        assertThat(book.buys()).extracting(e -> e.order().orderId()).containsExactly(6L, 5L);
        BookEntry best = book.sells().get(0);
        assertThat(best.stationName()).isEqualTo("Jita IV - Moon 4 - Caldari Navy Assembly Plant");
        assertThat(best.systemName()).isEqualTo("Jita");
        assertThat(best.security()).isEqualTo(0.946);
        assertThat(book.typeName()).isEqualTo("Tritanium");
        assertThat(book.regionName()).isEqualTo("The Forge");

        assertThat(books.book(TRITANIUM, BookScope.region(FORGE), 20).summary().bestAsk()).isEqualTo(Isk.of("4.00"));
        assertThat(books.book(TRITANIUM, BookScope.system(FORGE, PERIMETER), 20).buys()).isEmpty();
    }

    @Test
    void atAStationTheBuysAreThoseWhoseRangeReachesIt() {
        snapshots.store(FORGE, sell(1, "5.00", 10),
                ranged(2, true, "4.10", 1, PERIMETER_STATION, PERIMETER, OrderRange.REGION),
                ranged(3, true, "4.20", 1, PERIMETER_STATION, PERIMETER, OrderRange.STATION),
                ranged(4, true, "4.30", 1, PERIMETER_STATION, PERIMETER, OrderRange.JUMPS_1),
                ranged(5, true, "4.40", 1, 60000001L, URLEN, OrderRange.JUMPS_1),
                ranged(6, true, "4.50", 1, 60000001L, URLEN, OrderRange.JUMPS_2),
                ranged(7, true, "4.60", 1, 60003761L, JITA, OrderRange.SOLAR_SYSTEM),
                ranged(8, true, "4.70", 1, 60003761L, JITA, OrderRange.STATION),
                ranged(9, true, "4.00", 1, JITA_4_4, JITA, OrderRange.STATION),
                ranged(10, false, "3.00", 1, PERIMETER_STATION, PERIMETER, OrderRange.REGION));

        OrderBook atJita = books.book(TRITANIUM, BookScope.station(FORGE, JITA_4_4), 20);

        assertThat(atJita.buys()).extracting(e -> e.order().orderId()).containsExactly(7L, 6L, 4L, 2L, 9L);
        assertThat(atJita.sells()).extracting(e -> e.order().orderId()).containsExactly(1L);
        assertThat(atJita.summary().bestBid()).isEqualTo(Isk.of("4.60"));
        assertThat(books.book(TRITANIUM, BookScope.system(FORGE, PERIMETER), 20).buys())
                .extracting(e -> e.order().orderId()).containsExactly(4L, 3L, 2L);
    }

    @Test
    void aSideWithoutOrdersHasNoBestPriceNorSpread() {
        snapshots.store(FORGE, sell(1, "5.00", 10));
        BookSummary s = books.book(TRITANIUM, BookScope.region(FORGE), 20).summary();
        assertThat(s.bestBid()).isNull();
        assertThat(s.spread()).isNull();
        assertThat(s.spreadPercent()).isNull();
        assertThat(s.bidVolume()).isZero();
        assertThat(books.book(PYERITE, BookScope.region(FORGE), 20).summary().bestAsk()).isNull();
    }

    @Test
    void unknownTypesRegionsWithoutABookAndDepthsOutOfBoundsAreRefused() {
        snapshots.store(FORGE, sell(1, "5.00", 10));
        assertThatThrownBy(() -> books.book(new org.eveseat.domain.shared.TypeId(999_999), BookScope.region(FORGE), 20))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> books.book(TRITANIUM, BookScope.region(DOMAIN), 20))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no order book of region 10000043");
        assertThatThrownBy(() -> books.book(TRITANIUM, BookScope.region(FORGE), 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> books.book(TRITANIUM, BookScope.region(FORGE), 1001))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("depth");
    }

    @Test
    void thePlaceOfABookFollowsFromASystemOrAStation() {
        assertThat(scopes.scope(10000002L, null, null)).isEqualTo(BookScope.region(FORGE));
        assertThat(scopes.scope(null, JITA.value(), null)).isEqualTo(BookScope.system(FORGE, JITA));
        assertThat(scopes.scope(null, null, AMARR_ACADEMY)).isEqualTo(BookScope.station(DOMAIN, AMARR_ACADEMY));
        assertThat(scopes.scope(10000002L, JITA.value(), JITA_4_4)).isEqualTo(new BookScope(FORGE, JITA, JITA_4_4));

        assertThatThrownBy(() -> scopes.scope(null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> scopes.scope(10000002L, AMARR.value(), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("lies in region 10000043");
        assertThatThrownBy(() -> scopes.scope(10000002L, null, AMARR_ACADEMY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> scopes.scope(null, JITA.value(), PERIMETER_STATION))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not in solar system");
        assertThatThrownBy(() -> scopes.scope(10000999L, null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scopes.scope(null, 30999999L, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scopes.scope(null, null, 60999999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theKeptRegionsAreChangedOnlyToRegionsTheStaticDataKnows() {
        MarketRegionRepository kept = new MarketRegionRepository() {
            private List<RegionId> regions = HubRegions.ALL;

            @Override
            public List<RegionId> regions() {
                return regions;
            }

            @Override
            public void replace(List<RegionId> replacement) {
                regions = replacement;
            }
        };
        snapshots.store(FORGE, sell(1, "5.00", 10));
        MarketRegionsService statuses = new MarketRegionsService(kept, snapshots, STATIC_DATA);
        ChangeMarketRegionsService change = new ChangeMarketRegionsService(kept, statuses, STATIC_DATA);

        List<MarketRegionStatus> now = change.change(List.of(FORGE, DOMAIN, FORGE));

        assertThat(now).extracting(MarketRegionStatus::regionName).containsExactly("The Forge", "Domain");
        assertThat(now.get(0).snapshot().orderCount()).isEqualTo(1);
        assertThat(now.get(1).snapshot()).isNull();
        assertThatThrownBy(() -> change.change(List.of(FORGE, new RegionId(10000999))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> change.change(List.of())).isInstanceOf(RuleViolationException.class);
        assertThat(kept.regions()).containsExactly(FORGE, DOMAIN);
        assertThat(new SolarSystemId(JITA.value())).isEqualTo(JITA);
    }
}
