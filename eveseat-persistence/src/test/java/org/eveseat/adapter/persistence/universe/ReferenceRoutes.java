package org.eveseat.adapter.persistence.universe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;

/**
 * Textbook searches over plain maps of ids, written apart from the planner to check it: breadth-first search
 * for jump counts, and Dijkstra for the least penalty of the systems entered.
 */
final class ReferenceRoutes {
    static final int UNREACHABLE = -1;

    private final Map<SolarSystemId, List<SolarSystemId>> neighbours = new HashMap<>();
    private final Map<SolarSystemId, Double> security = new HashMap<>();

    ReferenceRoutes(StaticUniverse universe, List<SystemLink> extra) {
        for (MapSystem system : universe.systems()) {
            security.put(system.id(), system.security());
            neighbours.put(system.id(), new ArrayList<>());
        }
        for (List<SystemLink> links : List.of(universe.gates(), extra)) {
            for (SystemLink link : links) {
                neighbours.get(link.one()).add(link.other());
                neighbours.get(link.other()).add(link.one());
            }
        }
    }

    boolean adjacent(SolarSystemId one, SolarSystemId other) {
        return neighbours.get(one).contains(other);
    }

    /** The fewest jumps, never entering {@code avoid} (the destination excepted). */
    int jumps(SolarSystemId from, SolarSystemId to, Set<SolarSystemId> avoid) {
        Map<SolarSystemId, Integer> distance = new HashMap<>(Map.of(from, 0));
        Deque<SolarSystemId> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            SolarSystemId at = queue.poll();
            if (at.equals(to)) {
                return distance.get(at);
            }
            for (SolarSystemId next : neighbours.get(at)) {
                if ((next.equals(to) || !avoid.contains(next)) && !distance.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return UNREACHABLE;
    }

    /**
     * The least sum of penalties of the systems entered: for secure 1 per low-sec and 2 per null-sec system, for
     * insecure 1 per high-sec and 2 per null-sec system (Dijkstra over a priority queue of boxed entries).
     */
    int penalties(SolarSystemId from, SolarSystemId to, boolean secure) {
        Map<SolarSystemId, Integer> cost = new HashMap<>(Map.of(from, 0));
        PriorityQueue<Map.Entry<SolarSystemId, Integer>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        queue.add(Map.entry(from, 0));
        while (!queue.isEmpty()) {
            var entry = queue.poll();
            SolarSystemId at = entry.getKey();
            if (entry.getValue() > cost.get(at)) {
                continue;
            }
            if (at.equals(to)) {
                return entry.getValue();
            }
            for (SolarSystemId next : neighbours.get(at)) {
                int total = entry.getValue() + penalty(next, secure);
                if (total < cost.getOrDefault(next, Integer.MAX_VALUE)) {
                    cost.put(next, total);
                    queue.add(Map.entry(next, total));
                }
            }
        }
        return UNREACHABLE;
    }

    int penalty(SolarSystemId system, boolean secure) {
        double security = this.security.get(system);
        if (security <= 0.0) {
            return 2;
        }
        boolean high = security >= 0.45;
        return high == secure ? 0 : 1;
    }
}
