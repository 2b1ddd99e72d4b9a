package org.eveseat.adapter.esi.marketorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.esi.marketorders.EsiMarketOrdersAdapterTest.fresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.market.model.MarketScopes;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.MarketLedger;
import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiMarketCatalogueAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long FORGE = 10000002L;
    private static final long TRADING_TOWER = 1_035_466_617_946L;
    private static final Instant ISSUED = Instant.parse("2026-11-20T05:12:25Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMarketCatalogueAdapter adapter = new EsiMarketCatalogueAdapter(harness.settings(),
            harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void marketGroupsAreAnsweredUnchangedWhenTheEtagStillMatches() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));

        var first = adapter.groupIds();
        harness.clock().advance(Duration.between(harness.clock().instant(), first.expires()).plusSeconds(1));
        var second = adapter.groupIds();

        assertThat(fresh(first)).isNotEmpty().containsExactlyElementsOf(market().groups().all()).contains(1857L);
        assertThat(second).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/markets/groups")).isEqualTo(2);
    }

    @Test
    void theTypesOfARegionAreReadOverEveryPage() {
        List<Long> types = LongStream.rangeClosed(1, 25).map(i -> 30_000 + i).boxed().toList();
        market().regionTypes(FORGE).set(types);
        harness.esi().pageSize(10);

        List<TypeId> read = fresh(adapter.regionTypes(new RegionId(FORGE)));

        assertThat(read).containsExactlyElementsOf(types.stream().map(TypeId::new).toList());
        assertThat(harness.esi().requestCount("/markets/" + FORGE + "/types")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aStructuresOrderBookIsReadWithTheCharactersToken() {
        market().structureOrders(TRADING_TOWER).set(new MarketOrder(6_100_000_001L, 44992, FORGE, 30000144L,
                TRADING_TOWER, 4_500_000.5, 20, 12, 1, false, 90, ISSUED, "region", null, false, null, null, null));

        List<StructureOrder> orders = fresh(adapter.structureOrders(TRADING_TOWER, new CharacterId(PILOT),
                harness.token(PILOT, Set.of(MarketScopes.STRUCTURE_MARKETS))));

        assertThat(orders).containsExactly(new StructureOrder(6_100_000_001L, new TypeId(44992), false,
                Isk.of("4500000.50"), 12, 20, 1, OrderRange.REGION, TRADING_TOWER, ISSUED, 90));
    }

    @Test
    void aStructuresOrderBookNeedsTheStructureMarketScope() {
        assertThatThrownBy(() -> adapter.structureOrders(TRADING_TOWER, new CharacterId(PILOT),
                harness.token(PILOT, Set.of(MarketScopes.READ_CHARACTER_ORDERS))))
                .isInstanceOf(NotPermittedException.class);
    }

    private MarketLedger market() {
        return harness.esi().ledger().publicData().market();
    }
}
