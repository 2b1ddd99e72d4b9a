package org.eveseat.domain.universe.service;

import java.util.List;

import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Plans routes with a planner kept for as long as the static data's version and the stored connections stay the
 * same; the connections are read on each plan (a small table), so one added on another node counts at once.
 */
public class PlanRouteService implements PlanRouteQuery {
    private final StaticData staticData;
    private final RouteConnectionRepository connections;
    private volatile Cached cached;

    public PlanRouteService(StaticData staticData, RouteConnectionRepository connections) {
        this.staticData = staticData;
        this.connections = connections;
    }

    @Override
    public PlannedRoute plan(RoutePlan plan) {
        return planner().plan(plan);
    }

    private RoutePlanner planner() {
        StaticUniverse universe = staticData.universe();
        List<SystemLink> links = connections.all();
        Cached current = cached;
        if (current == null || current.planner().universe() != universe || !current.links().equals(links)) {
            current = new Cached(new RoutePlanner(universe, links), links);
            cached = current;
        }
        return current.planner();
    }

    private record Cached(RoutePlanner planner, List<SystemLink> links) {
    }
}
