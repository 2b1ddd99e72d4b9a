package org.eveseat.fake.routes;

import org.eveseat.fake.ledger.Sde;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Routes over the stargate graph of the SDE, with Dijkstra's algorithm: every jump costs 1; with
 * {@code Safer} each jump into a system below 0.45 security costs {@code e^(0.15 * penalty)} more, with
 * {@code LessSecure} each jump into high-sec does (an approximation of the in-game planner's cost function).
 * With {@code Shorter} this is a breadth-first shortest route.
 */
final class RoutePlanner {

    /** An extra one-way connection, for example a jump bridge. */
    record Connection(long from, long to) {
    }

    private record Step(long system, double cost) {
    }

    private static final class Gates {
        static final Map<Long, List<Long>> NEIGHBOURS = neighbours();
    }

    private RoutePlanner() {
    }

    /** The systems from origin to destination, both included; empty if there is no route. */
    static Optional<List<Long>> route(long origin, long destination, String preference, int securityPenalty,
                                      Set<Long> avoid, List<Connection> connections) {
        Map<Long, List<Long>> extra = new HashMap<>();
        connections.forEach(c -> extra.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c.to()));
        double penalty = Math.exp(0.15 * securityPenalty);
        Map<Long, Double> cost = new HashMap<>(Map.of(origin, 0.0));
        Map<Long, Long> previous = new HashMap<>();
        PriorityQueue<Step> queue = new PriorityQueue<>((a, b) -> Double.compare(a.cost(), b.cost()));
        queue.add(new Step(origin, 0));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (step.system() == destination) {
                return Optional.of(path(previous, origin, destination));
            }
            if (step.cost() > cost.getOrDefault(step.system(), Double.MAX_VALUE)) {
                continue;
            }
            List<Long> next = new ArrayList<>(Gates.NEIGHBOURS.getOrDefault(step.system(), List.of()));
            next.addAll(extra.getOrDefault(step.system(), List.of()));
            for (long neighbour : next) {
                if (avoid.contains(neighbour) && neighbour != destination) {
                    continue;
                }
                double total = step.cost() + 1 + extraCost(neighbour, preference, penalty);
                if (total < cost.getOrDefault(neighbour, Double.MAX_VALUE)) {
                    cost.put(neighbour, total);
                    previous.put(neighbour, step.system());
                    queue.add(new Step(neighbour, total));
                }
            }
        }
        return Optional.empty();
    }

    private static double extraCost(long system, String preference, double penalty) {
        Sde.SolarSystem known = Sde.get().systems().get(system);
        boolean highSec = known != null && known.security() >= 0.45;
        return switch (preference) {
            case "Safer" -> highSec ? 0 : penalty;
            case "LessSecure" -> highSec ? penalty : 0;
            default -> 0;
        };
    }

    private static List<Long> path(Map<Long, Long> previous, long origin, long destination) {
        List<Long> path = new ArrayList<>();
        for (long at = destination; at != origin; at = previous.get(at)) {
            path.add(at);
        }
        path.add(origin);
        Collections.reverse(path);
        return path;
    }

    private static Map<Long, List<Long>> neighbours() {
        Map<Long, List<Long>> neighbours = new HashMap<>();
        for (long[] gate : Sde.get().gates()) {
            neighbours.computeIfAbsent(gate[0], k -> new ArrayList<>()).add(gate[1]);
            neighbours.computeIfAbsent(gate[1], k -> new ArrayList<>()).add(gate[0]);
        }
        return neighbours;
    }
}
