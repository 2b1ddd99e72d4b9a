package org.eveseat.adapter.esi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderFilter;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderSide;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.MarketLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiMarketAdapterTest {
    private static final long FORGE = 10000002L;
    private static final Instant ISSUED = Instant.parse("2026-11-20T05:12:25Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMarketAdapter adapter = new EsiMarketAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theOrderBookIsReadOverAllItsPages() {
        var book = new ArrayList<>(org.eveseat.fake.ledger.MarketOrder.generate(FORGE, 24, Instant.now(), null));
        book.add(0, new org.eveseat.fake.ledger.MarketOrder(6_000_000_001L, 34, FORGE, 30000142L, 60003760L, 5.37,
                2_000_000, 1_296_000, 1, true, 90, ISSUED, "10", null, false, null, null, null));
        market().regionOrders(FORGE).set(book);
        harness.esi().pageSize(10);

        var result = (EsiResult.Fresh<List<MarketOrder>>) adapter.regionOrders(new RegionId(FORGE), OrderFilter.all());

        assertThat(result.value()).hasSize(25).extracting(MarketOrder::orderId)
                .containsExactlyElementsOf(book.stream().map(org.eveseat.fake.ledger.MarketOrder::orderId).toList());
        assertThat(result.value().get(0)).isEqualTo(new MarketOrder(6_000_000_001L, new TypeId(34), true,
                Isk.of("5.37"), 1_296_000, 2_000_000, 1, OrderRange.JUMPS_10, 60003760L, new SolarSystemId(30000142L),
                ISSUED, 90));
        assertThat(harness.esi().requestCount("/markets/" + FORGE + "/orders")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sideAndTypeAreAskedOfEsi() {
        var result = (EsiResult.Fresh<List<MarketOrder>>) adapter.regionOrders(new RegionId(FORGE),
                OrderFilter.of(OrderSide.SELL, new TypeId(34)));

        var expected = market().regionOrders(FORGE).all().stream()
                .filter(order -> !order.isBuyOrder() && order.typeId() == 34).map(o -> o.orderId()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(result.value()).extracting(MarketOrder::orderId).containsExactlyElementsOf(expected);
        assertThat(result.value()).allSatisfy(order -> assertThat(order.range()).isEqualTo(OrderRange.REGION));
    }

    @Test
    void theRealTritaniumHistoryComesThroughTheFake() {
        var result = (EsiResult.Fresh<List<MarketHistoryDay>>) adapter.history(new RegionId(FORGE), new TypeId(34));

        LocalDate yesterday = LocalDate.ofInstant(harness.esi().ledger().anchor(), ZoneOffset.UTC).minusDays(1);
        assertThat(result.value()).hasSize(414);
        assertThat(result.value().get(413)).isEqualTo(new MarketHistoryDay(yesterday, Isk.of("6.91"), Isk.of("7.08"),
                Isk.of("6.25"), 13_906_723_567L, 2740));
        assertThat(result.value().get(0)).isEqualTo(new MarketHistoryDay(yesterday.minusDays(413), Isk.of("7.73"),
                Isk.of("8.00"), Isk.of("7.66"), 9_085_235_901L, 2775));
    }

    @Test
    void pricesMapMissingPricesToNullAndAreNotReadAgainBeforeExpiry() {
        market().prices().set(new org.eveseat.fake.ledger.MarketPrice(34, 4.5, 5.01),
                new org.eveseat.fake.ledger.MarketPrice(587, null, null));

        var first = adapter.prices();
        var second = adapter.prices();

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(List.of(
                new MarketPrice(new TypeId(34), Isk.of("5.01"), Isk.of("4.50")),
                new MarketPrice(new TypeId(587), null, null)), first.expires()));
        assertThat(second).isEqualTo(new EsiResult.NotDue<>(first.expires()));
        assertThat(harness.esi().requestCount("/markets/prices")).isEqualTo(1);
    }

    @Test
    void anExpiredButUnchangedHistoryIsAnsweredWith304() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var first = adapter.history(new RegionId(FORGE), new TypeId(35));
        harness.clock().advance(Duration.between(harness.clock().instant(), first.expires()).plusSeconds(1));

        var second = adapter.history(new RegionId(FORGE), new TypeId(35));

        assertThat(first).isInstanceOf(EsiResult.Fresh.class);
        assertThat(second).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/markets/" + FORGE + "/history")).isEqualTo(2);
    }

    private MarketLedger market() {
        return harness.esi().ledger().publicData().market();
    }
}
