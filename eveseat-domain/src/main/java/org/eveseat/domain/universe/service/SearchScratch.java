package org.eveseat.domain.universe.service;

/**
 * The arrays one search works in. A planner keeps one per thread and reuses it leg after leg, so a search
 * allocates nothing: at thousands of plans a second, fresh arrays of 8,000 entries would keep the young
 * generation collecting.
 */
final class SearchScratch {
    private static final ThreadLocal<SearchScratch> PER_THREAD = new ThreadLocal<>();

    final int[] cost;
    final int[] previous;
    final int[] queue;
    final LongHeap heap;

    SearchScratch(int systems, int links) {
        cost = new int[systems];
        previous = new int[systems];
        queue = new int[systems];
        heap = new LongHeap(links + 1);
    }

    /** This thread's scratch for a graph of the given size. */
    static SearchScratch forThread(StarGraph graph) {
        SearchScratch scratch = PER_THREAD.get();
        if (scratch == null || scratch.cost.length != graph.size()) {
            scratch = new SearchScratch(graph.size(), graph.linkCount());
            PER_THREAD.set(scratch);
        }
        return scratch;
    }
}
