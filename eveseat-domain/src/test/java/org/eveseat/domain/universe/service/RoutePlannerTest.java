package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;

/**
 * The route rules on a small map: a short way through low-sec (1-2-3-4) and a longer one through high-sec
 * (1-5-6-7-4), a null-sec pocket (8, region 2) and a system without gates (9).
 */
class RoutePlannerTest {
    static final RegionId HOME = new RegionId(10000001);
    static final RegionId POCKET = new RegionId(10000002);

    private final RoutePlanner planner = new RoutePlanner(universe(), List.of());

    @Test
    void shortestTakesTheFewestJumpsWhateverTheSecurity() {
        assertThat(ids(planner.plan(RoutePlan.between(id(1), id(4), RouteFlag.SHORTEST)))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void secureStaysInHighSecWhereItCanAndInsecureLeavesIt() {
        PlannedRoute secure = planner.plan(RoutePlan.between(id(1), id(4), RouteFlag.SECURE));
        assertThat(ids(secure)).containsExactly(1, 5, 6, 7, 4);
        assertThat(secure.jumps()).isEqualTo(4);
        assertThat(secure.flag()).isEqualTo(RouteFlag.SECURE);
        assertThat(ids(planner.plan(RoutePlan.between(id(5), id(4), RouteFlag.SHORTEST)))).containsExactly(5, 6, 7, 4);
        assertThat(ids(planner.plan(RoutePlan.between(id(5), id(4), RouteFlag.INSECURE))))
                .containsExactly(5, 1, 2, 3, 4);
        assertThat(ids(planner.plan(RoutePlan.between(id(1), id(8), RouteFlag.SECURE))))
                .as("low-sec only where no high-sec way exists").containsExactly(1, 2, 8);
    }

    @Test
    void eachSystemIsListedWithItsSecurityAndRegion() {
        SystemSummary pocket = planner.plan(RoutePlan.between(id(1), id(8), RouteFlag.SHORTEST)).systems().get(2);
        assertThat(pocket).isEqualTo(new SystemSummary(id(8), "S8", -0.3, POCKET, "Pocket"));
    }

    @Test
    void avoidedSystemsAndRegionsAreNotPassedButEndsAndWaypointsAre() {
        assertThat(ids(planner.plan(new RoutePlan(id(1), id(4), List.of(), false, Set.of(id(2)), Set.of(),
                RouteFlag.SHORTEST)))).containsExactly(1, 5, 6, 7, 4);
        assertThatThrownBy(() -> planner.plan(new RoutePlan(id(1), id(3), List.of(), false, Set.of(), Set.of(HOME),
                RouteFlag.SHORTEST))).isInstanceOf(NotFoundException.class);
        assertThat(ids(planner.plan(new RoutePlan(id(1), id(8), List.of(), false, Set.of(), Set.of(POCKET),
                RouteFlag.SHORTEST)))).as("the destination is never avoided").containsExactly(1, 2, 8);
        assertThat(ids(planner.plan(new RoutePlan(id(1), id(4), List.of(id(2)), false, Set.of(id(2)), Set.of(),
                RouteFlag.SHORTEST)))).as("nor a waypoint").containsExactly(1, 2, 3, 4);
    }

    @Test
    void waypointsAreVisitedInTheGivenOrderOrInTheBestOne() {
        RoutePlan given = new RoutePlan(id(1), id(4), List.of(id(7), id(2)), false, Set.of(), Set.of(),
                RouteFlag.SHORTEST);
        assertThat(ids(planner.plan(given))).containsExactly(1, 5, 6, 7, 4, 3, 2, 3, 4);
        RoutePlan best = new RoutePlan(id(1), id(4), List.of(id(7), id(2)), true, Set.of(), Set.of(),
                RouteFlag.SHORTEST);
        assertThat(ids(planner.plan(best))).containsExactly(1, 2, 3, 4, 7, 4);
        assertThat(planner.plan(best).jumps()).isLessThan(planner.plan(given).jumps());
    }

    @Test
    void connectionsAddedAtRunTimeAreUsedBothWays() {
        RoutePlanner bridged = new RoutePlanner(universe(), List.of(new SystemLink(id(9), id(1))));
        assertThat(ids(bridged.plan(RoutePlan.between(id(4), id(9), RouteFlag.SHORTEST)))).containsExactly(4, 3, 2,
                1, 9);
        assertThatThrownBy(() -> planner.plan(RoutePlan.between(id(4), id(9), RouteFlag.SHORTEST)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("S4").hasMessageContaining("S9");
    }

    @Test
    void unknownSystemsAndTooManyWaypointsAreRefused() {
        assertThatThrownBy(() -> planner.plan(RoutePlan.between(id(1), id(99), RouteFlag.SHORTEST)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("30000099");
        List<SolarSystemId> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(id(1 + i % 8));
        }
        assertThatThrownBy(() -> new RoutePlan(id(1), id(4), eleven, true, Set.of(), Set.of(), RouteFlag.SHORTEST))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("10 waypoints");
        assertThat(RouteFlag.of(null)).isEqualTo(RouteFlag.SHORTEST);
        assertThatThrownBy(() -> RouteFlag.of("fastest")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("shortest, secure, insecure");
    }

    static StaticUniverse universe() {
        double[] security = {0, 0.9, 0.3, 0.2, 0.8, 0.7, 0.6, 0.5, -0.3, 0.9};
        List<MapSystem> systems = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            systems.add(new MapSystem(id(i), "S" + i, new ConstellationId(20000001), i == 8 ? POCKET : HOME,
                    security[i], new Position(i, 0, 0), (double) i, 0.0, null));
        }
        List<SystemLink> gates = List.of(link(1, 2), link(2, 3), link(3, 4), link(1, 5), link(5, 6), link(6, 7),
                link(7, 4), link(2, 8));
        return new StaticUniverse("test", List.of(new MapRegion(HOME, "Home", null),
                new MapRegion(POCKET, "Pocket", null)), List.of(), systems, gates);
    }

    static SolarSystemId id(int n) {
        return new SolarSystemId(30000000L + n);
    }

    private static SystemLink link(int one, int other) {
        return new SystemLink(id(one), id(other));
    }

    private static List<Integer> ids(PlannedRoute route) {
        return route.systems().stream().map(system -> (int) (system.id().value() - 30000000L)).toList();
    }
}
