package org.eveseat.domain.universe.service;

import java.util.Arrays;

import org.eveseat.domain.universe.model.RouteFlag;

/**
 * Searches from one system: breadth-first for the shortest route (every jump costs the same), Dijkstra for the
 * secure and insecure ones, where a jump into a system of the unwanted kind costs {@link #PENALTY} jumps. The
 * penalty is larger than any route's length, so the search first minimises the number of unwanted systems and
 * then the jumps: a secure route leaves high-sec only where no way around exists, as ESI's does at its default
 * security penalty.
 */
final class RouteSearch {
    static final int PENALTY = 10_000;
    static final int UNREACHED = Integer.MAX_VALUE;

    private RouteSearch() {
    }

    /** The tree of best routes from {@code source}; stops once {@code target} is settled (-1: search all). */
    static SearchTree from(StarGraph graph, int source, RouteFlag flag, boolean[] blocked, int target) {
        int[] cost = new int[graph.size()];
        int[] previous = new int[graph.size()];
        Arrays.fill(cost, UNREACHED);
        cost[source] = 0;
        previous[source] = -1;
        if (flag == RouteFlag.SHORTEST) {
            breadthFirst(graph, source, blocked, target, cost, previous);
        } else {
            dijkstra(graph, source, flag == RouteFlag.SECURE, blocked, target, cost, previous);
        }
        return new SearchTree(cost, previous);
    }

    private static void breadthFirst(StarGraph graph, int source, boolean[] blocked, int target, int[] cost,
                                     int[] previous) {
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int system = queue[head++];
            if (system == target) {
                return;
            }
            for (int link = graph.firstLink(system); link < graph.endLink(system); link++) {
                int next = graph.target(link);
                if (cost[next] == UNREACHED && !blocked[next]) {
                    cost[next] = cost[system] + 1;
                    previous[next] = system;
                    queue[tail++] = next;
                }
            }
        }
    }

    private static void dijkstra(StarGraph graph, int source, boolean preferHighSec, boolean[] blocked,
                                 int target, int[] cost, int[] previous) {
        LongHeap heap = new LongHeap(graph.linkCount() + 1);
        heap.push(source);
        while (!heap.isEmpty()) {
            long entry = heap.pop();
            int system = (int) entry;
            int reached = (int) (entry >>> 32);
            if (reached > cost[system]) {
                continue;
            }
            if (system == target) {
                return;
            }
            for (int link = graph.firstLink(system); link < graph.endLink(system); link++) {
                int next = graph.target(link);
                int step = graph.highSec(next) == preferHighSec ? 1 : 1 + PENALTY;
                if (!blocked[next] && reached + step < cost[next]) {
                    cost[next] = reached + step;
                    previous[next] = system;
                    heap.push(((long) (reached + step) << 32) | next);
                }
            }
        }
    }
}
