package org.eveseat.adapter.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.esi.common.EsiCache;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.Retrier;
import org.eveseat.adapter.esi.intel.EsiIncursionAdapter;
import org.eveseat.adapter.esi.intel.EsiSovereigntyAdapter;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.esi.universe.EsiUniverseAdapter;
import org.eveseat.adapter.esi.universecatalogue.EsiUniverseCatalogueAdapter;
import org.eveseat.adapter.persistence.intel.JdbcIncursionRepository;
import org.eveseat.adapter.persistence.intel.JdbcSovereigntyRepository;
import org.eveseat.adapter.persistence.intel.JdbcSystemActivityRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.intel.model.ActivityReport;
import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.model.SystemReport;
import org.eveseat.domain.intel.service.ListIncursionsService;
import org.eveseat.domain.intel.service.ReadSovereigntyMapService;
import org.eveseat.domain.intel.service.ReadSystemActivityService;
import org.eveseat.domain.intel.service.ReadSystemReportService;
import org.eveseat.domain.intel.service.SyncIncursionsService;
import org.eveseat.domain.intel.service.SyncSovereigntyCampaignsService;
import org.eveseat.domain.intel.service.SyncSovereigntyService;
import org.eveseat.domain.intel.service.SyncSystemActivityService;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.fake.ledger.FakeNames;
import org.eveseat.fake.ledger.Incursion;
import org.eveseat.fake.ledger.SovereigntySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map's public syncs as the server wires them: the real ESI adapters against the fake ESI (every system, real
 * headers) and the real repositories on PostgreSQL with the changelog. A changed answer is read with a fresh
 * gateway after the fake's cache is expired, as a read an hour later would be.
 */
class MapLiveDataSyncTest {
    private static final Instant HOUR = Instant.parse("2026-12-07T10:00:00Z");
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    /** Known space in the fake's copy of the static data: ESI lists statistics and claims for these. */
    private static final int KNOWN_SPACE = 5432;

    private final TestDatabase db = TestDatabase.get();
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final ExecutorService pages = Executors.newSingleThreadExecutor();
    private final JdbcSystemActivityRepository activity = new JdbcSystemActivityRepository(db.dataSource());
    private final JdbcSovereigntyRepository sovereignty = new JdbcSovereigntyRepository(db.dataSource());
    private final JdbcIncursionRepository incursions = new JdbcIncursionRepository(db.dataSource());

    @BeforeEach
    void emptyDatabase() {
        db.truncateApplicationTables();
    }

    @AfterEach
    void stop() {
        pages.shutdownNow();
        harness.close();
    }

    @Test
    void everySystemsHourIsKeptSoTheMapCanSumADay() {
        assertThat(syncActivityAt(HOUR)).isEqualTo(Status.UPDATED);
        assertThat(syncActivityAt(HOUR.plus(Duration.ofHours(1)))).isEqualTo(Status.UPDATED);

        ActivityReport hour = activityAt(HOUR.plus(Duration.ofMinutes(70)), ActivityWindow.HOUR);
        ActivityReport day = activityAt(HOUR.plus(Duration.ofMinutes(70)), ActivityWindow.DAY);
        assertThat(hour.systems()).hasSize(KNOWN_SPACE).contains(new SystemActivity(JITA, 60, 30, 3000, 4000));
        assertThat(day.systems()).hasSize(KNOWN_SPACE).contains(new SystemActivity(JITA, 120, 60, 6000, 8000));
        assertThat(day.latestHour()).isEqualTo(HOUR.plus(Duration.ofHours(1)));
    }

    @Test
    void aSystemsDetailsSumItsOwnLastHourAndDayAndNameItsHolder() {
        syncActivityAt(HOUR);
        syncActivityAt(HOUR.plus(Duration.ofHours(1)));
        syncSovereignty();
        StaticData staticData = mock(StaticData.class);
        RegionId forge = new RegionId(10000002L);
        ConstellationId kimotoro = new ConstellationId(20000020L);
        when(staticData.universe()).thenReturn(new StaticUniverse("test", List.of(new MapRegion(forge, "The Forge",
                null)), List.of(new MapConstellation(kimotoro, "Kimotoro", forge, null)), List.of(new MapSystem(JITA,
                "Jita", kimotoro, forge, 0.946, new Position(0, 0, 0), 1.0, 1.0, null)), List.of()));
        var reports = new ReadSystemReportService(staticData, activity, sovereignty, incursions,
                Clock.fixed(HOUR.plus(Duration.ofMinutes(70)), ZoneOffset.UTC));

        SystemReport jita = reports.report(JITA);

        assertThat(jita.lastHour()).isEqualTo(new SystemActivity(JITA, 60, 30, 3000, 4000));
        assertThat(jita.lastDay()).isEqualTo(new SystemActivity(JITA, 120, 60, 6000, 8000));
        assertThat(jita.holder()).isEqualTo(new SystemHolder(JITA, null, 500001L, "Caldari State"));
        assertThat(jita.constellationName()).isEqualTo("Kimotoro");
        assertThat(activity.totalsSince(HOUR, new SolarSystemId(31000005L)))
                .as("a system without statistics").isEqualTo(new SystemActivity(new SolarSystemId(31000005L), 0, 0,
                        0, 0));
    }

    @Test
    void hoursOlderThanAWeekArePrunedAndAnEmptyWindowStillTellsTheLastSync() {
        syncActivityAt(HOUR);
        syncActivityAt(HOUR.plus(Duration.ofDays(8)));

        assertThat(activityAt(HOUR.plus(Duration.ofDays(9)), ActivityWindow.DAY).systems()).isEmpty();
        assertThat(activityAt(HOUR.plus(Duration.ofDays(9)), ActivityWindow.DAY).latestHour())
                .isEqualTo(HOUR.plus(Duration.ofDays(8)));
        assertThat(activity.removeBefore(HOUR.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void everyClaimIsStoredWithItsHoldersNameAndALostClaimDisappears() {
        assertThat(syncSovereignty()).isEqualTo(Status.UPDATED);

        List<SystemHolder> holders = new ReadSovereigntyMapService(sovereignty).sovereignty().holders();
        long unclaimed = harness.esi().ledger().publicData().sovereigntySystems().all().stream()
                .filter(s -> s.factionId() == null && s.allianceId() == null).count();
        assertThat(holders).hasSize((int) (KNOWN_SPACE - unclaimed))
                .contains(new SystemHolder(JITA, null, 500001L, "Caldari State"))
                .anySatisfy(h -> assertThat(h.allianceId()).isNotNull()
                        .satisfies(id -> assertThat(h.name()).isEqualTo(FakeNames.alliance(id))))
                .allSatisfy(h -> assertThat(h.name()).isNotNull());

        harness.esi().ledger().publicData().sovereigntySystems().set(SovereigntySystem.faction(JITA.value(), 500001L));
        harness.esi().expireCaches();
        syncSovereignty();
        assertThat(new ReadSovereigntyMapService(sovereignty).sovereignty().holders())
                .containsExactly(new SystemHolder(JITA, null, 500001L, "Caldari State"));
    }

    @Test
    void aFailedReadKeepsTheStoredClaims() {
        syncSovereignty();
        harness.esi().failNext(10, 503);

        assertThat(syncSovereignty()).isEqualTo(Status.FAILED);
        assertThat(new ReadSovereigntyMapService(sovereignty).sovereignty().holders()).hasSizeGreaterThan(4000);
    }

    @Test
    void campaignsAndIncursionsAreReplacedWhole() {
        var gateway = gateway(Clock.systemUTC());
        var esi = new EsiSovereigntyAdapter(harness.settings(), gateway);
        assertThat(new SyncSovereigntyCampaignsService(esi, sovereignty, Clock.systemUTC()).sync().status())
                .isEqualTo(Status.UPDATED);
        assertThat(new SyncIncursionsService(new EsiIncursionAdapter(harness.settings(), gateway), incursions,
                Clock.systemUTC()).sync().status()).isEqualTo(Status.UPDATED);

        assertThat(new ReadSovereigntyMapService(sovereignty).sovereignty().campaigns())
                .singleElement().satisfies(c -> assertThat(c.campaignId()).isEqualTo(32833));
        assertThat(new ListIncursionsService(incursions).incursions()).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(IncursionState.MOBILIZING);
            assertThat(i.infestedSolarSystems()).hasSize(7).contains(i.stagingSolarSystemId());
        });

        harness.esi().ledger().publicData().incursions().set(new Incursion(20000001L, 500019L, false,
                List.of(30000001L), 0.25, 30000001L, "established", "Incursion"));
        harness.esi().expireCaches();
        new SyncIncursionsService(new EsiIncursionAdapter(harness.settings(), gateway(Clock.systemUTC())),
                incursions, Clock.systemUTC()).sync();
        assertThat(new ListIncursionsService(incursions).incursions()).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(IncursionState.ESTABLISHED));
    }

    private Status syncActivityAt(Instant at) {
        var esi = new EsiUniverseCatalogueAdapter(harness.settings(), gateway(Clock.systemUTC()));
        return new SyncSystemActivityService(esi, activity, Clock.fixed(at, ZoneOffset.UTC)).sync().status();
    }

    private ActivityReport activityAt(Instant at, ActivityWindow window) {
        return new ReadSystemActivityService(activity, Clock.fixed(at, ZoneOffset.UTC)).activity(window);
    }

    private Status syncSovereignty() {
        var gateway = gateway(Clock.systemUTC());
        return new SyncSovereigntyService(new EsiSovereigntyAdapter(harness.settings(), gateway),
                new EsiUniverseAdapter(harness.settings(), gateway), sovereignty, Clock.systemUTC()).sync().status();
    }

    /** A gateway with an empty cache: ESI's cache for the previous read has expired. */
    private EsiGateway gateway(Clock clock) {
        return new EsiGateway(new EsiCache(), new EsiBudget(clock, 20, RateLimitGroup.fromSpec()),
                new Retrier(1, Duration.ofMillis(1)), pages, clock);
    }
}
