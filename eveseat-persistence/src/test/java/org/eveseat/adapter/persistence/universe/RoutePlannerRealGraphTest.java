package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;
import org.eveseat.domain.universe.service.RoutePlanner;

/**
 * The route planner on the real map of the shipped static data (8,437 systems, 6,888 gate pairs), checked
 * against {@link ReferenceRoutes} on random pairs, avoid lists, regions and waypoints (fixed seeds).
 */
class RoutePlannerRealGraphTest {
    static final StaticUniverse UNIVERSE = ShippedUniverse.get();
    static final RoutePlanner PLANNER = new RoutePlanner(UNIVERSE, List.of());
    static final ReferenceRoutes REFERENCE = new ReferenceRoutes(UNIVERSE, List.of());
    static final List<SolarSystemId> GATED = UNIVERSE.gates().stream()
            .flatMap(link -> Stream.of(link.one(), link.other())).distinct().sorted(
                    (a, b) -> Long.compare(a.value(), b.value())).toList();

    private final Random random = new Random(19);

    @Test
    void shortestRoutesHaveTheJumpCountOfABreadthFirstSearch() {
        assertThat(GATED).hasSize(5_215);
        int unreachable = 0;
        for (int i = 0; i < 1_000; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            int expected = REFERENCE.jumps(from, to, Set.of());
            if (expected == ReferenceRoutes.UNREACHABLE) {
                unreachable++;
                assertThatThrownBy(() -> PLANNER.plan(RoutePlan.between(from, to, RouteFlag.SHORTEST)))
                        .isInstanceOf(NotFoundException.class);
            } else {
                PlannedRoute route = PLANNER.plan(RoutePlan.between(from, to, RouteFlag.SHORTEST));
                assertThat(route.jumps()).as("%s to %s", from, to).isEqualTo(expected);
                assertWalkable(route, from, to);
            }
        }
        assertThat(unreachable).as("pairs across the gate network's islands").isBetween(1, 100);
    }

    @Test
    void secureAndInsecureRoutesTakeTheLeastPenaltyForDisfavouredSystems() {
        for (int i = 0; i < 400; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            int shortest = REFERENCE.jumps(from, to, Set.of());
            if (shortest == ReferenceRoutes.UNREACHABLE) {
                continue;
            }
            for (RouteFlag flag : List.of(RouteFlag.SECURE, RouteFlag.INSECURE)) {
                boolean secure = flag == RouteFlag.SECURE;
                PlannedRoute route = PLANNER.plan(RoutePlan.between(from, to, flag));
                assertWalkable(route, from, to);
                int penalties = route.systems().stream().skip(1)
                        .mapToInt(system -> REFERENCE.penalty(system.id(), secure)).sum();
                assertThat(penalties).as("%s %s to %s", flag, from, to)
                        .isEqualTo(REFERENCE.penalties(from, to, secure));
                assertThat(route.jumps()).isGreaterThanOrEqualTo(shortest);
            }
        }
    }

    @Test
    void avoidedSystemsAndRegionsAreLeftOutAsABreadthFirstSearchWithoutThemWould() {
        for (int i = 0; i < 300; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            Set<SolarSystemId> avoid = new HashSet<>();
            while (avoid.size() < 40) {
                avoid.add(any());
            }
            avoid.remove(from);
            avoid.remove(to);
            checkAvoiding(from, to, avoid, Set.of());
        }
        List<RegionId> regions = UNIVERSE.regions().stream().map(region -> region.id())
                .filter(region -> region.value() < 11_000_000L).toList();
        for (int i = 0; i < 100; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            RegionId region = regions.get(random.nextInt(regions.size()));
            Set<SolarSystemId> inRegion = UNIVERSE.systems().stream().filter(s -> s.regionId().equals(region))
                    .map(MapSystem::id).collect(Collectors.toSet());
            inRegion.remove(from);
            inRegion.remove(to);
            checkAvoiding(from, to, inRegion, Set.of(region));
        }
    }

    @Test
    void waypointsInTheGivenOrderAddUpTheirLegs() {
        for (int i = 0; i < 100; i++) {
            List<SolarSystemId> stops = List.of(any(), any(), any(), any(), any());
            int expected = legs(stops);
            RoutePlan plan = new RoutePlan(stops.get(0), stops.get(4), stops.subList(1, 4), false, Set.of(),
                    Set.of(), RouteFlag.SHORTEST);
            if (expected == ReferenceRoutes.UNREACHABLE) {
                assertThatThrownBy(() -> PLANNER.plan(plan)).isInstanceOf(NotFoundException.class);
                continue;
            }
            PlannedRoute route = PLANNER.plan(plan);
            assertThat(route.jumps()).isEqualTo(expected);
            assertWalkable(route, stops.get(0), stops.get(4));
            assertThat(ids(route)).containsSubsequence(stops);
        }
    }

    @Test
    void theBestOrderIsTheCheapestOfAllOrders() {
        for (int i = 0; i < 25; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            List<SolarSystemId> via = List.of(any(), any(), any(), any(), any());
            int best = Integer.MAX_VALUE;
            for (List<SolarSystemId> order : permutations(via)) {
                List<SolarSystemId> stops = new ArrayList<>(List.of(from));
                stops.addAll(order);
                stops.add(to);
                int total = legs(stops);
                if (total != ReferenceRoutes.UNREACHABLE) {
                    best = Math.min(best, total);
                }
            }
            RoutePlan plan = new RoutePlan(from, to, via, true, Set.of(), Set.of(), RouteFlag.SHORTEST);
            if (best == Integer.MAX_VALUE) {
                assertThatThrownBy(() -> PLANNER.plan(plan)).isInstanceOf(NotFoundException.class);
            } else {
                PlannedRoute route = PLANNER.plan(plan);
                assertThat(route.jumps()).isEqualTo(best);
                assertThat(ids(route)).containsAll(via);
                assertWalkable(route, from, to);
            }
        }
    }

    @Test
    void aConnectionAddedAtRunTimeShortensTheRoutesThatCanUseIt() {
        SolarSystemId jita = new SolarSystemId(30000142L);
        SolarSystemId amarr = new SolarSystemId(30002187L);
        SystemLink bridge = new SystemLink(jita, amarr);
        RoutePlanner bridged = new RoutePlanner(UNIVERSE, List.of(bridge));
        ReferenceRoutes reference = new ReferenceRoutes(UNIVERSE, List.of(bridge));

        assertThat(bridged.plan(RoutePlan.between(amarr, jita, RouteFlag.SHORTEST)).jumps()).isEqualTo(1);
        for (int i = 0; i < 200; i++) {
            SolarSystemId from = any();
            SolarSystemId to = any();
            int expected = reference.jumps(from, to, Set.of());
            if (expected != ReferenceRoutes.UNREACHABLE) {
                assertThat(bridged.plan(RoutePlan.between(from, to, RouteFlag.SHORTEST)).jumps()).isEqualTo(expected);
            }
        }
    }

    private void checkAvoiding(SolarSystemId from, SolarSystemId to, Set<SolarSystemId> systems,
                               Set<RegionId> regions) {
        int expected = REFERENCE.jumps(from, to, systems);
        RoutePlan plan = new RoutePlan(from, to, List.of(), false, regions.isEmpty() ? systems : Set.of(), regions,
                RouteFlag.SHORTEST);
        if (expected == ReferenceRoutes.UNREACHABLE) {
            assertThatThrownBy(() -> PLANNER.plan(plan)).isInstanceOf(NotFoundException.class);
            return;
        }
        PlannedRoute route = PLANNER.plan(plan);
        assertThat(route.jumps()).isEqualTo(expected);
        assertThat(ids(route)).doesNotContainAnyElementsOf(systems);
        assertWalkable(route, from, to);
    }

    private int legs(List<SolarSystemId> stops) {
        int total = 0;
        for (int i = 1; i < stops.size(); i++) {
            int leg = REFERENCE.jumps(stops.get(i - 1), stops.get(i), Set.of());
            if (leg == ReferenceRoutes.UNREACHABLE) {
                return ReferenceRoutes.UNREACHABLE;
            }
            total += leg;
        }
        return total;
    }

    private static List<List<SolarSystemId>> permutations(List<SolarSystemId> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<SolarSystemId>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<SolarSystemId> rest = new ArrayList<>(items);
            SolarSystemId first = rest.remove(i);
            for (List<SolarSystemId> tail : permutations(rest)) {
                List<SolarSystemId> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    private static void assertWalkable(PlannedRoute route, SolarSystemId from, SolarSystemId to) {
        List<SolarSystemId> ids = ids(route);
        assertThat(ids.get(0)).isEqualTo(from);
        assertThat(ids.get(ids.size() - 1)).isEqualTo(to);
        for (int i = 1; i < ids.size(); i++) {
            assertThat(REFERENCE.adjacent(ids.get(i - 1), ids.get(i))).as("%s to %s", ids.get(i - 1), ids.get(i))
                    .isTrue();
        }
        for (SystemSummary system : route.systems()) {
            assertThat(system.name()).isNotBlank();
            assertThat(system.regionName()).isNotBlank();
        }
    }

    private static List<SolarSystemId> ids(PlannedRoute route) {
        return route.systems().stream().map(SystemSummary::id).toList();
    }

    private SolarSystemId any() {
        return GATED.get(random.nextInt(GATED.size()));
    }
}
