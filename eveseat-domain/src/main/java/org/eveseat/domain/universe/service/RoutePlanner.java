package org.eveseat.domain.universe.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;

/**
 * Plans routes over one version of the universe and a set of extra connections (jump bridges), both fixed for the
 * planner's life: a change builds a new planner. Plain Java, safe to share between threads.
 */
public final class RoutePlanner {
    private final StaticUniverse universe;
    private final StarGraph graph;

    public RoutePlanner(StaticUniverse universe, Collection<SystemLink> connections) {
        this.universe = universe;
        this.graph = new StarGraph(universe.systems(),
                Stream.concat(universe.gates().stream(), connections.stream()).toList());
    }

    public StaticUniverse universe() {
        return universe;
    }

    public PlannedRoute plan(RoutePlan plan) {
        int from = indexOf(plan.from(), "from");
        int to = indexOf(plan.to(), "to");
        int[] via = plan.via().stream().mapToInt(waypoint -> indexOf(waypoint, "via")).toArray();
        boolean[] blocked = new AvoidList(plan.avoidSystems(), plan.avoidRegions()).blocked(graph);
        blocked[from] = false;
        blocked[to] = false;
        for (int waypoint : via) {
            blocked[waypoint] = false;
        }
        int[] order = plan.bestOrder() && via.length > 1
                ? WaypointOrder.best(graph, plan.flag(), blocked, from, via, to) : via;
        List<Integer> systems = new ArrayList<>(List.of(from));
        int at = from;
        for (int next : stops(order, to)) {
            SearchTree tree = RouteSearch.from(graph, at, plan.flag(), blocked, next);
            if (!tree.reached(next)) {
                throw new NotFoundException("no route from " + name(at) + " to " + name(next)
                        + " avoiding the systems and regions asked");
            }
            int[] leg = tree.path(next);
            for (int i = 1; i < leg.length; i++) {
                systems.add(leg[i]);
            }
            at = next;
        }
        return new PlannedRoute(plan.flag(), systems.stream().map(this::stop).toList());
    }

    private static int[] stops(int[] order, int to) {
        int[] stops = Arrays.copyOf(order, order.length + 1);
        stops[order.length] = to;
        return stops;
    }

    private int indexOf(SolarSystemId id, String what) {
        int index = graph.index(id);
        if (index < 0) {
            throw new RuleViolationException(what + ": no solar system has the id " + id);
        }
        return index;
    }

    private String name(int index) {
        return universe.system(graph.id(index)).map(MapSystem::name).orElseThrow();
    }

    private SystemSummary stop(int index) {
        return SystemSummary.of(universe.system(graph.id(index)).orElseThrow(), universe);
    }
}
