package org.eveseat.domain.universe.service;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.LocationRoute;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.out.StarMap;

/**
 * Finds the systems of two locations and counts the jumps between them by breadth-first search over the
 * stargates, which gives the shortest route since every jump counts the same. New Eden has about 8,000 gated
 * systems, so a search without a route ends after visiting each once.
 */
public class LocationRouteService implements LocationRouteQuery {
    private final StarMap map;

    public LocationRouteService(StarMap map) {
        this.map = map;
    }

    @Override
    public LocationRoute route(Long startLocationId, Long endLocationId) {
        SolarSystemId start = startLocationId == null ? null : map.stationSystem(startLocationId).orElse(null);
        SolarSystemId end = endLocationId == null ? null : map.stationSystem(endLocationId).orElse(null);
        return new LocationRoute(start, end, start == null || end == null ? null : jumps(start, end));
    }

    /** The fewest jumps from one system to the other, or null when no stargate route joins them. */
    private Integer jumps(SolarSystemId from, SolarSystemId to) {
        Map<SolarSystemId, Integer> distance = new HashMap<>(Map.of(from, 0));
        Queue<SolarSystemId> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty()) {
            SolarSystemId system = frontier.remove();
            if (system.equals(to)) {
                return distance.get(system);
            }
            for (SolarSystemId next : map.neighbours(system)) {
                if (distance.putIfAbsent(next, distance.get(system) + 1) == null) {
                    frontier.add(next);
                }
            }
        }
        return null;
    }
}
