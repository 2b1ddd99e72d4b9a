package org.eveseat.domain.universe.service;

import java.util.Arrays;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.universe.model.RouteFlag;

/**
 * The order of up to ten waypoints with the lowest total cost from origin to destination: one full search from
 * the origin and from each waypoint gives every leg's cost, then Held-Karp dynamic programming over the subsets
 * of waypoints (2^10 x 10 states) picks the order exactly.
 */
final class WaypointOrder {
    private static final long NONE = Long.MAX_VALUE / 4;

    private WaypointOrder() {
    }

    static int[] best(StarGraph graph, RouteFlag flag, boolean[] blocked, int from, int[] via, int to) {
        int n = via.length;
        long[] fromOrigin = new long[n];
        long[][] between = new long[n][n];
        long[] toDestination = new long[n];
        SearchTree origin = RouteSearch.from(graph, from, flag, blocked, -1);
        for (int i = 0; i < n; i++) {
            fromOrigin[i] = cost(origin, via[i]);
            SearchTree tree = RouteSearch.from(graph, via[i], flag, blocked, -1);
            for (int j = 0; j < n; j++) {
                between[i][j] = cost(tree, via[j]);
            }
            toDestination[i] = cost(tree, to);
        }
        long[][] best = new long[1 << n][n];
        int[][] before = new int[1 << n][n];
        for (long[] row : best) {
            Arrays.fill(row, NONE);
        }
        for (int i = 0; i < n; i++) {
            best[1 << i][i] = fromOrigin[i];
            before[1 << i][i] = -1;
        }
        for (int visited = 1; visited < 1 << n; visited++) {
            for (int last = 0; last < n; last++) {
                if (best[visited][last] >= NONE || (visited & 1 << last) == 0) {
                    continue;
                }
                for (int next = 0; next < n; next++) {
                    int with = visited | 1 << next;
                    long total = best[visited][last] + between[last][next];
                    if (with != visited && total < best[with][next]) {
                        best[with][next] = total;
                        before[with][next] = last;
                    }
                }
            }
        }
        return order(best, before, toDestination, via);
    }

    private static int[] order(long[][] best, int[][] before, long[] toDestination, int[] via) {
        int all = (1 << via.length) - 1;
        int last = -1;
        long lowest = NONE;
        for (int i = 0; i < via.length; i++) {
            if (best[all][i] + toDestination[i] < lowest) {
                lowest = best[all][i] + toDestination[i];
                last = i;
            }
        }
        if (last < 0) {
            throw new NotFoundException("no route joins the origin, every waypoint and the destination");
        }
        int[] order = new int[via.length];
        for (int position = via.length - 1, visited = all; position >= 0; position--) {
            order[position] = via[last];
            int previous = before[visited][last];
            visited &= ~(1 << last);
            last = previous;
        }
        return order;
    }

    private static long cost(SearchTree tree, int system) {
        return tree.reached(system) ? tree.cost()[system] : NONE;
    }
}
