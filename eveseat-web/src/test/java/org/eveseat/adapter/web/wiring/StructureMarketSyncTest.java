package org.eveseat.adapter.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.esi.marketorders.EsiMarketCatalogueAdapter;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.esi.universecatalogue.EsiUniverseCatalogueAdapter;
import org.eveseat.adapter.persistence.market.JdbcStructureMarketRepository;
import org.eveseat.adapter.persistence.universe.JdbcNameRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketScopes;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.service.SyncStructureMarketService;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.fake.ledger.MarketLedger;

/**
 * The structure market sync wired as the server wires it: the real ESI adapters and gateway against the fake ESI,
 * the real repository on PostgreSQL with the changelog. The first character may not dock (403) and the second
 * reads; a 5xx that outlasts the retries fails one run and keeps the stored orders.
 */
class StructureMarketSyncTest {
    private static final long TOWER = 1_035_466_617_946L;
    private static final long REFUSED = 90000001L;
    private static final long DOCKS = 90000002L;
    private static final Set<String> SCOPES = Set.of(MarketScopes.STRUCTURE_MARKETS,
            "esi-universe.read_structures.v1");

    private final TestDatabase db = TestDatabase.get();
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final JdbcStructureMarketRepository markets = new JdbcStructureMarketRepository(db.dataSource());
    private final StaticData staticData = perimeter();
    private final SyncStructureMarketService sync = new SyncStructureMarketService(markets,
            scope -> List.of(new CharacterId(REFUSED), new CharacterId(DOCKS)),
            character -> harness.token(character.value(), SCOPES),
            new EsiMarketCatalogueAdapter(harness.settings(), harness.gateway()),
            new EsiUniverseCatalogueAdapter(harness.settings(), harness.gateway()), staticData,
            new JdbcNameRepository(db.dataSource()), harness.clock());

    @BeforeEach
    void keepTheTower() {
        db.truncateApplicationTables();
        harness.esi().pageSize(10);
        harness.esi().ledger().publicData().refuseDocking(TOWER, REFUSED);
        markets.keep(List.of(TOWER));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theStoredOrdersEqualTheStructuresBookReadThroughTheCharacterThatMayDock() {
        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.OK);
        assertThat(market.via()).isEqualTo(new CharacterId(DOCKS));
        assertThat(market.name()).isEqualTo("Perimeter - Tranquility Trading Tower");
        assertThat(market.systemId()).isEqualTo(new SolarSystemId(30000144L));
        assertThat(market.regionId()).isEqualTo(new RegionId(10000002L));
        assertThat(stored()).isEqualTo(served());
        assertThat(new JdbcNameRepository(db.dataSource()).find(Set.of(TOWER)).get(TOWER).name())
                .isEqualTo("Perimeter - Tranquility Trading Tower");
        assertThat(market.orderCount()).isEqualTo(served().size());
    }

    @Test
    void aFailureAfterTheRetriesFailsOneRunAndKeepsTheOrders() {
        sync.sync(TOWER);
        Set<String> before = stored();
        harness.clock().advance(Duration.ofMinutes(6));
        market().structureOrders(TOWER).prependNewer();
        harness.esi().failNext(20, 502);

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(markets.find(TOWER).orElseThrow().access()).isEqualTo(StructureAccess.FAILED);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void whenNoCharacterMayDockTheStructureIsMarkedAndTheRunDoesNotFail() {
        harness.esi().ledger().publicData().refuseDocking(TOWER, DOCKS);

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.NO_DOCKING);
        assertThat(market.detail()).contains("2 character(s)");
    }

    /** The static data's one fact this sync reads: Perimeter lies in The Forge. */
    private static StaticData perimeter() {
        RegionId forge = new RegionId(10000002L);
        StaticData data = mock(StaticData.class);
        when(data.universe()).thenReturn(new StaticUniverse("test", List.of(new MapRegion(forge, "The Forge", null)),
                List.of(), List.of(new MapSystem(new SolarSystemId(30000144L), "Perimeter",
                        new ConstellationId(20000020L), forge, 0.95, new Position(0, 0, 0), 0.0, 0.0, null)),
                List.of()));
        return data;
    }

    private MarketLedger market() {
        return harness.esi().ledger().publicData().market();
    }

    private Set<String> served() {
        return market().structureOrders(TOWER).all().stream().map(o -> o.orderId() + "/" + o.typeId() + "/"
                + BigDecimal.valueOf(o.price()).setScale(2, RoundingMode.HALF_UP)).collect(Collectors.toSet());
    }

    private Set<String> stored() {
        return market().structureOrders(TOWER).all().stream().map(o -> new TypeId(o.typeId())).distinct()
                .flatMap(type -> markets.orders(TOWER, type).stream())
                .map(StructureMarketSyncTest::key).collect(Collectors.toSet());
    }

    private static String key(MarketOrder o) {
        return o.orderId() + "/" + o.typeId().value() + "/" + o.price().amount().setScale(2);
    }
}
