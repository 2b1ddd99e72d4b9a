package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.SystemPlace;
import org.junit.jupiter.api.Test;

class SdeStaticDataTest {
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    private static final SolarSystemId PERIMETER = new SolarSystemId(30000144L);

    private final SdeStarMap map = new SdeStarMap();

    @Test
    void stationsLieInTheirSystemsAndStructuresAreUnknown() {
        assertThat(map.stationSystem(60003760L)).contains(JITA);
        assertThat(map.stationSystem(60008494L)).contains(new SolarSystemId(30002187L));
        assertThat(map.stationSystem(1_035_466_617_946L)).isEmpty();
    }

    @Test
    void stargatesJoinSystemsBothWays() {
        assertThat(map.neighbours(JITA)).contains(PERIMETER).hasSizeGreaterThan(5);
        assertThat(map.neighbours(PERIMETER)).contains(JITA);
        assertThat(map.neighbours(new SolarSystemId(31000005L))).as("a wormhole system has no gates").isEmpty();
    }

    @Test
    void publishedTypesHaveTheirNames() {
        var names = new SdeTypeNameCatalogue().names();
        assertThat(names).containsEntry(new TypeId(34), "Tritanium").containsEntry(new TypeId(587), "Rifter")
                .doesNotContainValue("#System");
        assertThat(names.size()).isBetween(20_000, 30_000);
    }

    @Test
    void solarSystemsHaveTheirNamesAndRegions() {
        var systems = new SdeSolarSystemCatalogue();
        assertThat(systems.place(JITA)).contains(new SystemPlace(JITA, "Jita", new RegionId(10000002L), "The Forge"));
        assertThat(systems.place(new SolarSystemId(30100000L)).orElseThrow()).extracting(SystemPlace::systemName,
                SystemPlace::regionName).containsExactly("Zarzakh", "Yasna Zakh");
        assertThat(systems.place(new SolarSystemId(39999999L))).isEmpty();
    }
}
