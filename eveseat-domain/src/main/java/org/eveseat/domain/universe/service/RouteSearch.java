package org.eveseat.domain.universe.service;

import java.util.Arrays;

import org.eveseat.domain.universe.model.RouteFlag;

/**
 * Searches from one system: breadth-first for the shortest route (every jump costs the same), Dijkstra for the
 * secure and insecure ones, where a jump into a disfavoured system costs {@link #PENALTY} jumps more (low-sec for
 * secure, high-sec for insecure) and into null-sec twice that, as the game's planner weighs them. The penalty is
 * larger than any route's length, so the search first minimises the weighted count of disfavoured systems, then
 * the jumps: a secure route leaves high-sec only where no way around exists (docs/DESIGN.md, "Routes").
 */
final class RouteSearch {
    static final int PENALTY = 10_000;
    static final int UNREACHED = Integer.MAX_VALUE;
    /** Penalties per band (high, low, null) in penalty units, for secure and insecure. */
    private static final int[] SECURE = {0, 1, 2};
    private static final int[] INSECURE = {1, 0, 2};

    private RouteSearch() {
    }

    /**
     * The tree of best routes from {@code source}, in the scratch's arrays (valid until its next search); stops
     * once {@code target} is settled (-1: search all).
     */
    static SearchTree from(StarGraph graph, int source, RouteFlag flag, boolean[] blocked, int target,
                           SearchScratch scratch) {
        int[] cost = scratch.cost;
        int[] previous = scratch.previous;
        Arrays.fill(cost, UNREACHED);
        cost[source] = 0;
        previous[source] = -1;
        if (flag == RouteFlag.SHORTEST) {
            breadthFirst(graph, source, blocked, target, scratch);
        } else {
            dijkstra(graph, source, flag == RouteFlag.SECURE ? SECURE : INSECURE, blocked, target, scratch);
        }
        return new SearchTree(cost, previous);
    }

    private static void breadthFirst(StarGraph graph, int source, boolean[] blocked, int target,
                                     SearchScratch scratch) {
        int[] cost = scratch.cost;
        int[] previous = scratch.previous;
        int[] queue = scratch.queue;
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

    private static void dijkstra(StarGraph graph, int source, int[] penalties, boolean[] blocked,
                                 int target, SearchScratch scratch) {
        int[] cost = scratch.cost;
        int[] previous = scratch.previous;
        LongHeap heap = scratch.heap;
        heap.clear();
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
                int step = 1 + PENALTY * penalties[graph.band(next)];
                if (!blocked[next] && reached + step < cost[next]) {
                    cost[next] = reached + step;
                    previous[next] = system;
                    heap.push(((long) (reached + step) << 32) | next);
                }
            }
        }
    }
}
