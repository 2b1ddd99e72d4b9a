package org.eveseat.adapter.esi.universecatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Constellation;
import org.eveseat.domain.universe.model.ItemType;
import org.eveseat.domain.universe.model.PlanetInfo;
import org.eveseat.domain.universe.model.Region;
import org.eveseat.domain.universe.model.Station;
import org.eveseat.domain.universe.model.StationService;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;
import org.eveseat.domain.universe.model.UniverseScopes;
import org.eveseat.domain.universe.model.UpwellStructure;
import org.junit.jupiter.api.Test;

class EsiUniverseCatalogueAdapterTest extends UniverseCatalogueTestBase {
    private static final long PILOT = 2112625428L;
    private static final RegionId FORGE = new RegionId(10000002);
    private static final ConstellationId KIMOTORO = new ConstellationId(20000020);
    private static final SolarSystemId JITA = new SolarSystemId(30000142);
    private static final long TRADING_TOWER = 1_035_466_617_946L;

    @Test
    void regionsAndConstellationsComeWithWhatTheyHold() {
        assertThat(fresh(adapter.regionIds())).hasSize(113).contains(FORGE);
        assertThat(fresh(adapter.constellationIds())).hasSize(1175).contains(KIMOTORO);
        Region forge = fresh(adapter.region(FORGE));
        Constellation kimotoro = fresh(adapter.constellation(KIMOTORO));

        assertThat(forge.name()).isEqualTo("The Forge");
        assertThat(forge.description()).isEqualTo("The The Forge region.");
        assertThat(forge.constellations()).contains(KIMOTORO).hasSizeGreaterThan(1);
        assertThat(kimotoro.name()).isEqualTo("Kimotoro");
        assertThat(kimotoro.regionId()).isEqualTo(FORGE);
        assertThat(kimotoro.position()).isEqualTo(new Position(-1.34996e17, 6.49995e16, 1.03326e17));
        assertThat(kimotoro.systems()).contains(JITA, new SolarSystemId(30000144)).hasSize(7);
    }

    @Test
    void everySystemIdIsListedOnceUntilTheCacheExpires() {
        assertThat(fresh(adapter.systemIds())).hasSize(8437).contains(JITA).doesNotHaveDuplicates();
        assertThat(adapter.systemIds()).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/universe/systems")).isEqualTo(1);
    }

    @Test
    void planetsAndStationsAreReadFromTheStaticUniverse() {
        assertThat(fresh(adapter.planet(40000002L))).isEqualTo(new PlanetInfo(40000002L, "Akpivem X", new TypeId(13),
                new SolarSystemId(30000003), new Position(-189226344497.0, 9901605317.0, -254852632979.0)));

        Station station = fresh(adapter.station(60003760L));

        assertThat(station.name()).isEqualTo("Jita IV - Moon 4 - Caldari Navy Assembly Plant");
        assertThat(station.typeId()).isEqualTo(new TypeId(52678));
        assertThat(station.systemId()).isEqualTo(JITA);
        assertThat(station.ownerId()).isEqualTo(new CorporationId(1000035));
        assertThat(station.raceId()).isNull();
        assertThat(station.officeRentalCost()).isEqualTo(Isk.of("10000"));
        assertThat(station.reprocessingEfficiency()).isEqualTo(0.5);
        assertThat(station.reprocessingStationsTake()).isEqualTo(0.05);
        assertThat(station.maxDockableShipVolume()).isEqualTo(50_000_000.0);
        assertThat(station.services()).hasSize(12).contains(StationService.MARKET, StationService.LOYALTY_POINT_STORE)
                .doesNotContain(StationService.UNKNOWN);
    }

    @Test
    void typesKeepTheFiguresEsiSendsAndLeaveOutTheOthers() {
        ItemType tritanium = fresh(adapter.type(new TypeId(34)));
        ItemType rifter = fresh(adapter.type(new TypeId(587)));

        assertThat(tritanium).isEqualTo(new ItemType(new TypeId(34), "Tritanium", "The Tritanium.", true, 18, 1857L,
                0.01, null, 0.0, 0.0, null, 1, null, null, null, null));
        assertThat(rifter.mass()).isEqualTo(1_067_000.0);
        assertThat(rifter.volume()).isEqualTo(27_289.0);
        assertThat(rifter.capacity()).isEqualTo(140.0);
        assertThat(rifter.marketGroupId()).isEqualTo(64L);
    }

    @Test
    void aStructureIsReadWithTheTokenOfACharacterWhoMayDockThere() {
        UpwellStructure tower = fresh(adapter.structure(TRADING_TOWER, new CharacterId(PILOT),
                harness.token(PILOT, Set.of(UniverseScopes.READ_STRUCTURES))));

        assertThat(tower).isEqualTo(new UpwellStructure(TRADING_TOWER, "Perimeter - Tranquility Trading Tower",
                new CorporationId(98000001), new SolarSystemId(30000144), new TypeId(35834),
                new Position(-1.5e12, 2.1e11, 3.4e11)));
    }

    @Test
    void aStructureNeedsTheReadStructuresScope() {
        assertThatThrownBy(() -> adapter.structure(TRADING_TOWER, new CharacterId(PILOT),
                harness.token(PILOT, Set.of("esi-markets.structure_markets.v1"))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void jumpsAndKillsOfTheLastHourCoverKnownSpace() {
        var jumps = fresh(adapter.systemJumps());
        var kills = fresh(adapter.systemKills());

        assertThat(jumps).contains(new SystemJumps(JITA, 4000));
        assertThat(kills).contains(new SystemKills(JITA, 60, 3000, 30));
        assertThat(jumps).hasSameSizeAs(kills).allSatisfy(j -> assertThat(j.systemId().value()).isLessThan(31_000_000));
    }

    @Test
    void anExpiredButUnchangedStatisticIsAnsweredWith304() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var first = adapter.systemKills();
        harness.clock().advance(Duration.between(harness.clock().instant(), first.expires()).plusSeconds(1));

        assertThat(first).isInstanceOf(EsiResult.Fresh.class);
        assertThat(adapter.systemKills()).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/universe/system_kills")).isEqualTo(2);
    }
}
