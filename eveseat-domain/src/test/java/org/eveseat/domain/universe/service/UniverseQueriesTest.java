package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.universe.service.RoutePlannerTest.id;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.SchematicMap;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;

/** The map cut and the system search over a small universe with one wormhole system off the 2D map. */
class UniverseQueriesTest {
    static final RegionId HOME = new RegionId(10000001);
    static final RegionId HOLES = new RegionId(11000001);

    private final UniverseOnlyStaticData data = new UniverseOnlyStaticData(universe());

    @Test
    void theWholeMapHoldsTheSystemsOnTheSchematicMapAndTheGatesBetweenThem() {
        SchematicMap map = new UniverseMapService(data).map(null);

        assertThat(map.systems()).extracting(MapSystem::name).containsExactlyInAnyOrder("Jita", "Jitaa", "Perimeter");
        assertThat(map.jumps()).containsExactly(new SystemLink(id(1), id(2)));
        assertThat(map.regions()).singleElement().satisfies(region -> {
            assertThat(region.region().name()).isEqualTo("Home");
            assertThat(region.x()).isEqualTo(20.0);
            assertThat(region.y()).isEqualTo(-10.0);
        });
    }

    @Test
    void aRegionsMapPlacesSystemsOffTheSchematicMapByTheir3dPosition() {
        SchematicMap holes = new UniverseMapService(data).map(HOLES);

        assertThat(holes.systems()).singleElement().satisfies(system -> {
            assertThat(system.x2d()).isEqualTo(7.0);
            assertThat(system.y2d()).isEqualTo(9.0);
        });
        assertThatThrownBy(() -> new UniverseMapService(data).map(new RegionId(10999999)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void systemsAreFoundByPrefixWithAnExactMatchFirst() {
        SystemSearchService search = new SystemSearchService(data);

        assertThat(search.systemsStartingWith("JITA", 20)).extracting(SystemSummary::name)
                .containsExactly("Jita", "Jitaa");
        assertThat(search.systemsStartingWith("jita", 1)).singleElement()
                .isEqualTo(new SystemSummary(id(1), "Jita", 0.946, HOME, "Home"));
        assertThat(search.systemsStartingWith("x", 20)).isEmpty();
        assertThatThrownBy(() -> search.systemsStartingWith(" ", 20)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> search.systemsStartingWith("j", 21)).isInstanceOf(RuleViolationException.class);
    }

    private static StaticUniverse universe() {
        List<MapSystem> systems = new ArrayList<>();
        systems.add(system(2, "Jitaa", HOME, 10.0, -20.0));
        systems.add(system(1, "Jita", HOME, 30.0, 0.0));
        systems.add(system(3, "Perimeter", HOME, 20.0, -10.0));
        systems.add(new MapSystem(id(4), "J123456", new ConstellationId(21000001), HOLES, -1.0,
                new Position(7, 8, 9), null, null, null));
        return new StaticUniverse("test", List.of(new MapRegion(HOME, "Home", null),
                new MapRegion(HOLES, "Holes", null)), List.of(), systems, List.of(new SystemLink(id(1), id(2))));
    }

    private static MapSystem system(int n, String name, RegionId region, double x, double y) {
        return new MapSystem(id(n), name, new ConstellationId(20000001), region, n == 1 ? 0.946 : 0.5,
                new Position(n, 0, 0), x, y, null);
    }
}
