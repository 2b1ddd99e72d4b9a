package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.eveseat.domain.market.MarketFixtures.buy;
import static org.eveseat.domain.market.MarketFixtures.sell;
import static org.eveseat.domain.market.model.TradeHub.AMARR;
import static org.eveseat.domain.market.model.TradeHub.DODIXIE;
import static org.eveseat.domain.market.model.TradeHub.JITA;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.domain.market.InMemoryMarketBook;
import org.eveseat.domain.market.TypesOnlyStaticData;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.PriceLevel;
import org.eveseat.domain.market.model.TradeFees;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeItem;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRoute;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.model.TradeRouteSort;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.SystemSummary;

/**
 * Trade routes worked out by hand. Type 1 (1 m3): Jita sells 10 at 10.00, 20 at 11.00 and 50 at 13.00; Amarr
 * buys 15 at 14.00 and 30 at 12.50. Type 2 (a ship: 1,000 m3 assembled, 10 packaged): Jita sells 5 at 100, Amarr
 * buys 10 at 200. Type 3 is sold in Jita and wanted nowhere; type 4 (5 m3) is sold in Jita at 50 and bought in
 * Amarr at 52, which after tax loses. With 10% sales tax (kept 0.9) type 1 earns 10 x (12.60 - 10) + 5 x (12.60 -
 * 11) + 15 x (11.25 - 11) = 37.75 on 30 units, and the 50 at 13.00 no longer pay; type 2 earns 5 x (180 - 100) =
 * 400.
 */
class FindTradeRoutesServiceTest {
    private static final TradeFees TEN_PERCENT_TAX = new TradeFees(new BigDecimal("3"), new BigDecimal("10"));
    private static final Map<TradeHub, Integer> JUMPS_FROM_JITA = Map.of(AMARR, 45, DODIXIE, 2);

    private final InMemoryMarketBook book = new InMemoryMarketBook();
    private final TypesOnlyStaticData staticData = new TypesOnlyStaticData().type(1, "Tritanium", 1, null)
            .type(2, "Rifter", 1000, 10.0).type(3, "Pyerite", 1, null).type(4, "Mexallon", 5, null);
    private final List<RoutePlan> planned = new ArrayList<>();
    private final FindTradeRoutesService service = new FindTradeRoutesService(book, staticData, this::plan);

    @BeforeEach
    void books() {
        List<MarketOrder> jita = List.of(sell(JITA, 1, "10.00", 10), sell(JITA, 1, "13.00", 50),
                sell(JITA, 1, "11.00", 20), sell(JITA, 2, "100.00", 5), sell(JITA, 3, "5.00", 100),
                sell(JITA, 4, "50.00", 7));
        book.replace(JITA.regionId(), jita);
        book.replace(AMARR.regionId(), List.of(buy(AMARR, 1, "12.50", 30), buy(AMARR, 1, "14.00", 15),
                buy(AMARR, 2, "200.00", 10), buy(AMARR, 4, "52.00", 100), sell(AMARR, 1, "12.00", 40),
                sell(AMARR, 1, "15.00", 40), sell(AMARR, 4, "60.00", 3)));
        book.replace(DODIXIE.regionId(), List.of(buy(DODIXIE, 1, "20.00", 5)));
    }

    @Test
    void sellingIntoBuyOrdersWalksBothLaddersWhileAUnitStillEarns() {
        TradeRoute route = only(search(null, null, TradeMode.IMMEDIATE));

        assertThat(route.from()).isEqualTo(JITA);
        assertThat(route.to()).isEqualTo(AMARR);
        assertThat(route.jumps()).isEqualTo(45);
        assertThat(route.items()).containsExactly(
                new TradeItem(new TypeId(2), "Rifter", 5, Isk.of("100"), Isk.of("200"),
                        Isk.of("400"), Isk.of("80"), 50, Isk.of("8")),
                new TradeItem(new TypeId(1), "Tritanium", 30, Isk.of("10.67"),
                        Isk.of("13.25"), Isk.of("37.75"), Isk.of("1.26"), 30, Isk.of("1.26")));
        assertThat(route.profit()).isEqualTo(Isk.of("437.75"));
        assertThat(route.iskPerJump()).isEqualTo(Isk.of("9.73"));
        assertThat(route.cargoUsed()).isEqualTo(80);
        assertThat(route.iskNeeded()).isEqualTo(Isk.of("820"));
        assertThat(planned).allSatisfy(plan -> assertThat(plan.flag()).isEqualTo(RouteFlag.SECURE));
    }

    @Test
    void aSmallHoldTakesWhatEarnsMostPerCubicMetre() {
        TradeRoute route = only(search(40.0, null, TradeMode.IMMEDIATE));

        assertThat(route.items()).extracting(TradeItem::typeName, TradeItem::quantity).containsExactly(
                tuple("Rifter", 4L));
        assertThat(route.profit()).isEqualTo(Isk.of("320"));
        assertThat(route.cargoUsed()).isEqualTo(40);
    }

    /**
     * With Tritanium at its real 0.01 m3, it earns most per m3 and goes in first (0.3 m3), which leaves room for one
     * Rifter in 20 m3 (117.75 in all); two Rifters alone earn 160, and that fill is kept.
     */
    @Test
    void whenSmallEarnersWouldCrowdOutABigOneTheBetterFillIsKept() {
        TypesOnlyStaticData real = new TypesOnlyStaticData().type(1, "Tritanium", 0.01, null)
                .type(2, "Rifter", 1000, 10.0);
        TradeRoute route = new FindTradeRoutesService(book, real, this::plan).routes(search(20.0, null,
                TradeMode.IMMEDIATE)).get(0);

        assertThat(route.items()).extracting(TradeItem::typeName, TradeItem::quantity).containsExactly(
                tuple("Rifter", 2L));
        assertThat(route.profit()).isEqualTo(Isk.of("160"));
    }

    @Test
    void littleIskBuysWhatEarnsMostPerIskSpent() {
        TradeRoute route = only(search(null, Isk.of("300"), TradeMode.IMMEDIATE));

        assertThat(route.items()).extracting(TradeItem::typeName, TradeItem::quantity).containsExactly(
                tuple("Rifter", 3L));
        assertThat(route.iskNeeded()).isEqualTo(Isk.of("300"));
        assertThat(route.profit()).isEqualTo(Isk.of("240"));
    }

    /**
     * Listed a cent under Amarr's cheapest sell order, after 3% broker fee and 10% tax (kept 0.87): type 1 at
     * 11.99 keeps 10.4313, so only the 10 at 10.00 pay (4.313); type 4 at 59.99 keeps 52.1913 on the 7 at 50.00
     * (15.3391). Type 2 has no sell order in Amarr to undercut.
     */
    @Test
    void listingAsSellOrderUndercutsTheDestinationAndPaysTheBrokerFeeToo() {
        TradeRoute route = only(search(null, null, TradeMode.ORDER));

        assertThat(route.items()).extracting(TradeItem::typeName, TradeItem::quantity, TradeItem::sellPrice,
                TradeItem::profit).containsExactly(
                tuple("Mexallon", 7L, Isk.of("59.99"), Isk.of("15.34")),
                tuple("Tritanium", 10L, Isk.of("11.99"), Isk.of("4.31")));
        assertThat(route.profit()).isEqualTo(Isk.of("19.65"));
    }

    @Test
    void everyHubIsADestinationWhenNoneIsGivenAndRoutesSortAndFilter() {
        TradeRouteSearch all = new TradeRouteSearch(JITA.stationId(), null, null, null, null, null, null,
                TEN_PERCENT_TAX, null, 20, 100, null);
        assertThat(service.routes(all)).extracting(route -> route.to().systemName(), route -> route.profit())
                .containsExactly(tuple("Amarr", Isk.of("437.75")),
                        tuple("Dodixie", Isk.of("40")));

        TradeRouteSearch perJump = new TradeRouteSearch(JITA.stationId(), null, null, null, null, null, null,
                TEN_PERCENT_TAX, TradeRouteSort.ISK_PER_JUMP, 20, 100, null);
        assertThat(service.routes(perJump)).extracting(route -> route.to().systemName())
                .containsExactly("Dodixie", "Amarr");

        TradeRouteSearch rich = new TradeRouteSearch(JITA.stationId(), null, null, null, Isk.of("100"), null, null,
                TEN_PERCENT_TAX, null, 20, 100, null);
        assertThat(service.routes(rich)).extracting(route -> route.to().systemName()).containsExactly("Amarr");

        TradeRouteSearch near = new TradeRouteSearch(JITA.stationId(), null, null, null, null, 10, null,
                TEN_PERCENT_TAX, null, 20, 100, null);
        assertThat(service.routes(near)).extracting(route -> route.to().systemName()).containsExactly("Dodixie");
    }

    @Test
    void theTypesOfASearchAreReadFromTheStaticDataOnceAndKept() {
        service.routes(search(null, null, TradeMode.IMMEDIATE));
        service.routes(search(null, null, TradeMode.IMMEDIATE));

        assertThat(staticData.bulkReads()).isEqualTo(1);
    }

    @Test
    void aHubsBookIsReadAgainOnlyWhenItsRegionHasANewSnapshot() {
        service.routes(search(null, null, TradeMode.IMMEDIATE));
        service.routes(search(null, null, TradeMode.IMMEDIATE));
        assertThat(book.stationReads()).as("Jita and Amarr once").isEqualTo(2);

        book.replace(AMARR.regionId(), List.of(buy(AMARR, 1, "30.00", 5)));
        TradeRoute route = only(search(null, null, TradeMode.IMMEDIATE));

        assertThat(book.stationReads()).isEqualTo(3);
        assertThat(route.items()).extracting(TradeItem::typeName, TradeItem::profit)
                .containsExactly(tuple("Tritanium", Isk.of("85")));
    }

    @Test
    void aRegionsNewSnapshotIsLaidOutByItsPublishNotByTheNextSearch() {
        HubLadders ladders = new HubLadders(book);
        FindTradeRoutesService routes = new FindTradeRoutesService(ladders, staticData, this::plan);
        InMemoryBookSnapshots walks = new InMemoryBookSnapshots();
        PublishBookService publish = new PublishBookService(walks, walks, new RecordedEvents(),
                Clock.fixed(MarketFixtures.NOW, ZoneOffset.UTC), ladders);
        routes.routes(search(null, null, TradeMode.IMMEDIATE));
        assertThat(book.stationReads()).as("Jita and Amarr").isEqualTo(2);

        book.replace(AMARR.regionId(), List.of(buy(AMARR, 1, "30.00", 5)));
        walks.begin(AMARR.regionId(), MarketFixtures.page(1, 1, "A"), MarketFixtures.NOW, 1);
        publish.publish(AMARR.regionId());
        assertThat(book.stationReads()).as("Amarr's new book, by the publish").isEqualTo(3);
        List<TradeRoute> found = routes.routes(search(null, null, TradeMode.IMMEDIATE));

        assertThat(book.stationReads()).as("nothing read by the search").isEqualTo(3);
        assertThat(found).singleElement().extracting(TradeRoute::profit).isEqualTo(Isk.of("85"));
    }

    @Test
    void aPublishWhoseLayingOutFailsStillPublishes() {
        HubLadders broken = new HubLadders(new InMemoryMarketBook() {
            @Override
            public List<PriceLevel> stationLevels(RegionId regionId, long stationId) {
                throw new UpstreamUnavailableException("the database went away");
            }
        });
        InMemoryBookSnapshots walks = new InMemoryBookSnapshots();
        walks.begin(JITA.regionId(), MarketFixtures.page(1, 1, "A"), MarketFixtures.NOW, 1);
        RecordedEvents events = new RecordedEvents();

        new PublishBookService(walks, walks, events, Clock.fixed(MarketFixtures.NOW, ZoneOffset.UTC), broken)
                .publish(JITA.regionId());

        assertThat(walks.snapshot(JITA.regionId())).isPresent();
        assertThat(events.all()).hasSize(1);
    }

    @Test
    void maxItemsCapsTheTypesInTheHold() {
        TradeRouteSearch one = new TradeRouteSearch(JITA.stationId(), AMARR.stationId(), null, null, null, null,
                null, TEN_PERCENT_TAX, null, 20, 1, null);
        assertThat(only(one).items()).extracting(TradeItem::typeName).containsExactly("Rifter");
    }

    @Test
    void onlyTheFiveHubsAreRouteEnds() {
        assertThatThrownBy(() -> service.routes(TradeRouteSearch.between(60000001L, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a trade hub");
        assertThatThrownBy(() -> TradeRouteSearch.between(JITA.stationId(), JITA.stationId()))
                .isInstanceOf(RuleViolationException.class);
    }

    private TradeRouteSearch search(Double cargo, Isk isk, TradeMode mode) {
        return new TradeRouteSearch(JITA.stationId(), AMARR.stationId(), cargo, isk, null, null, mode,
                TEN_PERCENT_TAX, null, 20, 100, null);
    }

    private TradeRoute only(TradeRouteSearch search) {
        List<TradeRoute> routes = service.routes(search);
        assertThat(routes).hasSize(1);
        return routes.get(0);
    }

    private PlannedRoute plan(RoutePlan plan) {
        planned.add(plan);
        TradeHub to = TradeHub.ALL.stream().filter(hub -> hub.systemId().equals(plan.to())).findFirst().orElseThrow();
        int jumps = JUMPS_FROM_JITA.getOrDefault(to, 20);
        List<SystemSummary> systems = IntStream.rangeClosed(0, jumps).mapToObj(i -> new SystemSummary(
                new SolarSystemId(plan.from().value() + i), "S" + i, 0.9, to.regionId(), to.regionName())).toList();
        return new PlannedRoute(plan.flag(), systems);
    }
}
