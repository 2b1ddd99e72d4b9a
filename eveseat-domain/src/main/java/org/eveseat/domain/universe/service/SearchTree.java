package org.eveseat.domain.universe.service;

import java.util.Arrays;

/** Best costs and predecessors from one system, as {@link RouteSearch} found them. */
record SearchTree(int[] cost, int[] previous) {
    boolean reached(int system) {
        return cost[system] != RouteSearch.UNREACHED;
    }

    /** The systems from the source to {@code system}, both included; the system must be reached. */
    int[] path(int system) {
        int length = 0;
        for (int at = system; at >= 0; at = previous[at]) {
            length++;
        }
        int[] path = new int[length];
        for (int at = system; at >= 0; at = previous[at]) {
            path[--length] = at;
        }
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchTree tree && Arrays.equals(cost, tree.cost)
                && Arrays.equals(previous, tree.previous);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cost);
    }

    @Override
    public String toString() {
        return "SearchTree[" + cost.length + " systems]";
    }
}
