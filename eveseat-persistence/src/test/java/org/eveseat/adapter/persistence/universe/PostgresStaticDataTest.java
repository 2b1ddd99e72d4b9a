package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticDataImport;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.StaticDataArchives;

/** The shipped export loaded into PostgreSQL, read back whole, and replaced by newer (or broken) exports. */
class PostgresStaticDataTest {
    static final SolarSystemId JITA = new SolarSystemId(30000142L);
    static final SolarSystemId PERIMETER = new SolarSystemId(30000144L);
    static final TypeId RIFTER = new TypeId(587);

    static final TestDatabase DB = TestDatabase.get();
    static final PostgresStaticData DATA = new PostgresStaticData(DB.dataSource());
    static final PostgresStaticDataImporter IMPORTER = new PostgresStaticDataImporter(DB.dataSource(), DATA);

    @BeforeAll
    static void loadShipped() {
        load();
    }

    static StaticDataImport load() {
        return IMPORTER.load(new HttpOrFileStaticDataArchives().open(StaticDataArchives.SHIPPED), "shipped");
    }

    @Test
    void namesTheOwnerOfAStationAndItsFactionForMarketFees() {
        assertThat(DATA.stationOwner(60003760L)).contains(new StationOwner(1000035L, 500001L)); // Caldari Navy
        assertThat(DATA.stationOwner(60008494L)).contains(new StationOwner(1000086L, 500003L)); // Emperor Family
        assertThat(DATA.stationOwner(1_035_466_617_946L)).as("a structure").isEmpty();
    }

    @Test
    void theShippedExportLoadsWholeWithinThirtySeconds() {
        StaticDataImport report = load();

        assertThat(report.millis()).isLessThan(30_000);
        assertThat(report.rows()).containsEntry("region", 113L).containsEntry("constellation", 1_175L)
                .containsEntry("solar_system", 8_437L).containsEntry("system_jump", 13_776L)
                .containsEntry("station", 5_154L).containsEntry("inv_type", 46_984L)
                .containsEntry("blueprint", 5_059L).containsEntry("blueprint_material", 36_334L)
                .containsEntry("schematic", 68L).containsEntry("schematic_pin", 496L)
                .containsEntry("npc_corporation", 283L).containsEntry("faction", 27L);
        var universe = DATA.universe();
        assertThat(universe.systems()).hasSize(8_437);
        assertThat(universe.gates()).hasSize(6_888);
        assertThat(universe.regions()).hasSize(113);
        assertThat(universe.systems().stream().filter(system -> system.onSchematicMap())).hasSize(5_432);
    }

    @Test
    void namesStationsAndGatesAreThoseOfTheExport() {
        assertThat(DATA.place(JITA)).contains(new SystemPlace(JITA, "Jita", new RegionId(10000002L), "The Forge"));
        assertThat(DATA.place(new SolarSystemId(30100000L)).orElseThrow()).extracting(SystemPlace::systemName,
                SystemPlace::regionName).containsExactly("Zarzakh", "Yasna Zakh");
        assertThat(DATA.place(new SolarSystemId(39999999L))).isEmpty();
        assertThat(DATA.stationSystem(60003760L)).contains(JITA);
        assertThat(DATA.stationName(60003760L)).hasValueSatisfying(name -> assertThat(name).startsWith("Jita IV"));
        assertThat(DATA.stationSystem(1_035_466_617_946L)).isEmpty();
        assertThat(DATA.neighbours(JITA)).contains(PERIMETER).hasSizeGreaterThan(5);
        assertThat(DATA.neighbours(PERIMETER)).contains(JITA);
        assertThat(DATA.neighbours(new SolarSystemId(31000005L))).as("a wormhole system has no gates").isEmpty();
        assertThat(DATA.names()).containsEntry(new TypeId(34), "Tritanium").containsEntry(RIFTER, "Rifter")
                .doesNotContainValue("#System");
        assertThat(DATA.names().size()).isBetween(20_000, 30_000);
        assertThat(DATA.npcCorporationName(1000035L)).contains("Caldari Navy");
        assertThat(DATA.factionName(500001L)).contains("Caldari State");
    }

    @Test
    void typesBlueprintsAndSchematicsAreReadFromTheCurrentVersion() {
        var rifter = DATA.type(RIFTER).orElseThrow();
        assertThat(rifter.groupName()).isEqualTo("Frigate");
        assertThat(rifter.categoryName()).isEqualTo("Ship");
        assertThat(rifter.volume()).isEqualTo(27_289.0);
        assertThat(rifter.cargoVolume()).isEqualTo(2_500.0);
        assertThat(rifter.marketGroupId()).isEqualTo(64L);
        assertThat(rifter.published()).isTrue();
        var blueprint = DATA.blueprint(new TypeId(691)).orElseThrow();
        var manufacturing = blueprint.activities().stream().filter(a -> a.activityId() == 1).findFirst()
                .orElseThrow();
        assertThat(manufacturing.products()).extracting(p -> p.typeId()).containsExactly(RIFTER);
        assertThat(manufacturing.materials()).extracting(m -> m.typeId()).contains(new TypeId(34));
        assertThat(DATA.blueprint(RIFTER)).as("a ship is no blueprint").isEmpty();
        assertThat(DATA.types(List.of(RIFTER, new TypeId(34), new TypeId(999_999_999)))).as("many at once")
                .containsOnlyKeys(RIFTER, new TypeId(34)).containsEntry(RIFTER, rifter);
        assertThat(DATA.schematics()).hasSize(68).allSatisfy(schematic -> {
            assertThat(schematic.outputs()).hasSize(1);
            assertThat(schematic.inputs()).isNotEmpty();
            assertThat(schematic.pinTypes()).isNotEmpty();
        });
    }

    @Test
    void aNewerExportIsANewVersionThatReportsTheTypesItRenamedAddedAndRemoved() {
        StaticDataImport renamed = IMPORTER.load(new SdeArchiveEdit().change("invTypes.csv", csv -> csv
                .replace("\n587,25,Rifter,", "\n587,25,Rifter Prime,")
                .replaceFirst("\n603,25,Merlin,[^\n]*", "")
                + "999999001,25,Test Frigate,1000,20000,100,1,,,1,64,,,0\n").zip(), "newer.zip");
        try {
            assertThat(renamed.typesRenamed()).isEqualTo(1);
            assertThat(renamed.typesAdded()).isEqualTo(1);
            assertThat(renamed.typesRemoved()).isEqualTo(1);
            assertThat(renamed.examples()).contains(new StaticDataImport.TypeChange(RIFTER, "Rifter", "Rifter Prime"),
                    new StaticDataImport.TypeChange(new TypeId(603), "Merlin", null),
                    new StaticDataImport.TypeChange(new TypeId(999999001), null, "Test Frigate"));
            assertThat(DATA.names()).containsEntry(RIFTER, "Rifter Prime").doesNotContainKey(new TypeId(603));
            assertThat(DATA.type(RIFTER).orElseThrow().name()).isEqualTo("Rifter Prime");
        } finally {
            StaticDataImport back = load();
            assertThat(back.typesRenamed()).isEqualTo(1);
        }
        assertThat(DATA.names()).containsEntry(RIFTER, "Rifter");
        assertThat(versionSchemas()).as("the two newest versions are kept").hasSize(2);
    }

    @Test
    void aLoadThatFailsHalfwayLeavesTheCurrentVersionAndNoTrace() {
        long before = currentVersion();
        List<String> schemas = versionSchemas();

        assertThatThrownBy(() -> IMPORTER.load(new SdeArchiveEdit()
                .change("invTypes.csv", csv -> csv.replace("\n587,25,Rifter,", "\n587,25,Rifter Renamed,"))
                .change("planetSchematicsPinMap.csv", csv -> csv + "65,not-a-type\n").zip(), "broken.zip"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("pinTypeID");
        assertThatThrownBy(() -> IMPORTER.load(new SdeArchiveEdit().remove("mapJumps.csv")
                .remove("mapSolarSystemJumps.csv").zip(), "incomplete.zip"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("mapSolarSystemJumps.csv");
        assertThatThrownBy(() -> IMPORTER.load(new SdeArchiveEdit().change("mapRegions.csv",
                csv -> csv + csv.substring(csv.indexOf('\n') + 1)).zip(), "duplicates.zip"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("is duplicated");

        assertThat(currentVersion()).isEqualTo(before);
        assertThat(versionSchemas()).isEqualTo(schemas);
        DATA.refresh();
        assertThat(DATA.names()).containsEntry(RIFTER, "Rifter");
    }

    private static long currentVersion() {
        return new Sql(DB.dataSource()).query("select version_id from sde.version where current", none -> { },
                rs -> rs.getLong(1)).get(0);
    }

    private static List<String> versionSchemas() {
        return new Sql(DB.dataSource()).query("select nspname from pg_namespace where nspname like 'sde_v%' "
                + "order by 1", none -> { }, rs -> rs.getString(1));
    }

}
