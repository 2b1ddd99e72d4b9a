package org.eveseat.adapter.persistence.universe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.service.RoutePlanner;

/**
 * Route planning in process on the shipped universe: the time of each of N random pairs (default 10,000) of the
 * systems that have stargates, per flag, after as many warm-up plans; best order of 10 waypoints; and the heap
 * the planner's graph and the universe snapshot take (used heap after GC, with and without them).
 */
public final class RoutePlannerBench {
    private RoutePlannerBench() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        StaticUniverse universe = ShippedUniverse.get();
        long before = usedHeap();
        RoutePlanner planner = new RoutePlanner(universe, List.of());
        long graphBytes = usedHeap() - before;
        long universeBytes = universeHeap();
        List<SolarSystemId> gated = universe.gates().stream().flatMap(l -> Stream.of(l.one(), l.other()))
                .distinct().toList();
        Random random = new Random(17);
        System.out.printf(Locale.ROOT, "%-24s %6s %7s %7s %7s %7s %7s %7s %6s%n", "route planner (ms)", "plans",
                "p50", "p99", "max", "cpu p50", "cpu p99", "cpu max", "none");
        for (RouteFlag flag : RouteFlag.values()) {
            List<RoutePlan> plans = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                plans.add(RoutePlan.between(pick(gated, random), pick(gated, random), flag));
            }
            time(planner, plans);
            long[][] nanos = time(planner, plans);
            report(flag.value() + " (2 systems)", nanos, plans.size());
            if (flag != RouteFlag.INSECURE) {
                figures(flag.value(), nanos);
            }
        }
        List<RoutePlan> tours = new ArrayList<>();
        for (int i = 0; i < Math.max(50, pairs / 50); i++) {
            List<SolarSystemId> via = new ArrayList<>();
            for (int w = 0; w < RoutePlan.MAX_BEST_ORDER_WAYPOINTS; w++) {
                via.add(pick(gated, random));
            }
            tours.add(new RoutePlan(pick(gated, random), pick(gated, random), via, true, Set.of(), Set.of(),
                    RouteFlag.SECURE));
        }
        time(planner, tours);
        report("secure, best of 10 via", time(planner, tours), tours.size());
        System.out.printf(Locale.ROOT, "heap: planner graph %.2f MB, universe snapshot %.2f MB (%d systems, %d "
                + "gate pairs)%n", graphBytes / 1e6, universeBytes / 1e6, universe.systems().size(),
                universe.gates().size());
        System.out.printf(Locale.ROOT, "FIGURE|route planner heap, graph and universe|%.2f|MB|< 20|-|%n",
                (graphBytes + universeBytes) / 1e6);
        System.exit(0);
    }

    /** The bench command's lines (bench/run): wall-clock percentiles against the targets, CPU time beside. */
    private static void figures(String flag, long[][] nanos) {
        long[] wall = Arrays.stream(nanos[0]).filter(n -> n >= 0).sorted().toArray();
        long[] cpu = Arrays.stream(nanos[1]).filter(n -> n >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "FIGURE|route %s p50|%.3f|ms|< 1|-|%n", flag, percentile(wall, 0.5));
        System.out.printf(Locale.ROOT, "FIGURE|route %s p99|%.3f|ms|< 5|-|%n", flag, percentile(wall, 0.99));
        System.out.printf(Locale.ROOT, "FIGURE|route %s p99 thread CPU|%.3f|ms|< 5|-|%n", flag,
                percentile(cpu, 0.99));
    }

    /**
     * Wall-clock and thread CPU nanoseconds per plan ({@code [0]} and {@code [1]}), -1 where no route exists. On
     * a busy machine the wall clock also counts the time the thread waited for a core.
     */
    private static long[][] time(RoutePlanner planner, List<RoutePlan> plans) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[2][plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                planner.plan(plans.get(i));
                nanos[0][i] = System.nanoTime() - start;
                nanos[1][i] = threads.getCurrentThreadCpuTime() - cpu;
            } catch (NotFoundException e) {
                nanos[0][i] = -1;
                nanos[1][i] = -1;
            }
        }
        return nanos;
    }

    private static void report(String name, long[][] nanos, int plans) {
        long[] wall = Arrays.stream(nanos[0]).filter(n -> n >= 0).sorted().toArray();
        long[] cpu = Arrays.stream(nanos[1]).filter(n -> n >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-24s %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %6d%n", name, plans,
                percentile(wall, 0.5), percentile(wall, 0.99), percentile(wall, 1), percentile(cpu, 0.5),
                percentile(cpu, 0.99), percentile(cpu, 1), plans - wall.length);
    }

    private static double percentile(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))] / 1e6;
    }

    private static SolarSystemId pick(List<SolarSystemId> systems, Random random) {
        return systems.get(random.nextInt(systems.size()));
    }

    /** The heap a second copy of the universe snapshot holds. */
    private static long universeHeap() {
        var db = TestDatabase.get();
        long version = new Sql(db.dataSource()).query("select version_id from sde.version where current",
                none -> { }, rs -> rs.getLong(1)).get(0);
        long before = usedHeap();
        Supplier<StaticUniverse> copy = () -> new SdeSnapshotReader(new Sql(db.dataSource())).read(version).universe();
        StaticUniverse held = copy.get();
        long bytes = usedHeap() - before;
        if (held.systems().isEmpty()) {
            throw new IllegalStateException("no systems");
        }
        return bytes;
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
