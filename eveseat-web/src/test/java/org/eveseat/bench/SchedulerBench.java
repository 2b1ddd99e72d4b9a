package org.eveseat.bench;

import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eveseat.adapter.batch.scheduler.SyncLoop;
import org.eveseat.adapter.cluster.LocalSyncPartitions;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.persistence.sync.JdbcSyncScheduleRepository;
import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * The sync engine of one node for many characters against the fake ESI with injected latency: the scheduler's
 * loop (plan, claim up to the free slots each tick, a bounded pool of workers) with the real domain services,
 * ESI adapters and gateway, and the real repositories on an embedded PostgreSQL. Each character has its wallet
 * balance and journal planned (10-minute interval). The scheduler's clock runs {@code scale} times faster than
 * real time, so one 10-minute window takes 10/scale real minutes at scale times the load. Prints, per window, the
 * syncs due in it, how late they finished, ESI calls and syncs per real second and CPU, then the heap.
 * Arguments: characters (10000), workers (16), latency ms (50), windows (2), scale (5).
 */
public final class SchedulerBench {
    private static final Duration WINDOW = SyncEndpoint.WALLET_BALANCE.interval();
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final Duration DRAIN = Duration.ofMinutes(1);
    private static final long FIRST_ID = 90_000_001L;

    private record Settings(int characters, int workers, int latencyMs, int windows, double scale) {
        static Settings of(String[] args) {
            return new Settings(arg(args, 0, 10_000), arg(args, 1, 16), arg(args, 2, 50), arg(args, 3, 2),
                    args.length > 4 ? Double.parseDouble(args[4]) : 5);
        }

        private static int arg(String[] args, int index, int otherwise) {
            return args.length > index ? Integer.parseInt(args[index]) : otherwise;
        }
    }

    private SchedulerBench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.of(args);
        try (FakeEsiHarness harness = new FakeEsiHarness()) {
            BenchPilots pilots = new BenchPilots();
            pilots.add(harness, FIRST_ID, settings.characters());
            long withEngine = run(settings, harness, pilots);
            long fakeOnly = ProcessUsage.heapAfterGcMiB();
            System.out.printf("heap after GC: %d MiB, of which the engine %d MiB and the fake ESI in the same JVM "
                    + "%d MiB; ESI error budget left: %d%n", withEngine, withEngine - fakeOnly, fakeOnly,
                    harness.esi().errorLimitRemain());
        }
        System.exit(0);
    }

    /** Runs the windows and prints their figures; returns the heap after GC with the engine still up. */
    private static long run(Settings settings, FakeEsiHarness harness, BenchPilots pilots) throws Exception {
        try (BenchDatabase db = new BenchDatabase(settings.workers() + 4)) {
            db.addCharacters(FIRST_ID, settings.characters());
            ScaledClock clock = new ScaledClock(settings.scale());
            // ESI's cache ends inside each window, so every run after the first asks ESI again (a 304)
            harness.esi().delay(Duration.ofMillis(settings.latencyMs()))
                    .cacheSeconds(clock.real(WINDOW).dividedBy(2));
            System.out.printf("%s: windows of %s, %.0f s real each, %d cores%n", settings, WINDOW,
                    clock.real(WINDOW).toMillis() / 1000.0, ProcessUsage.cores());
            ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
            SyncLog log = new SyncLog(clock.start(), WINDOW, settings.windows());
            SyncLoop loop = BenchEngine.loop(harness, pilots, db, clock, pool, settings.workers(), log, FIRST_ID,
                    settings.characters());
            System.out.printf("planning %,d syncs: %d ms the first time, %d ms once planned%n",
                    2 * settings.characters(), planMillis(loop), planMillis(loop));
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            timer.scheduleWithFixedDelay(() -> tickQuietly(loop), 0, clock.real(TICK).toNanos(),
                    TimeUnit.NANOSECONDS);
            long[] calls = new long[settings.windows() + 1];
            ProcessUsage[] usage = new ProcessUsage[settings.windows() + 1];
            for (int i = 0; i <= settings.windows(); i++) {
                clock.sleepUntil(clock.start().plus(WINDOW.multipliedBy(i)));
                calls[i] = calls(harness, settings.characters());
                usage[i] = ProcessUsage.now();
            }
            // syncs due at the very end of the last window finish in this drain
            clock.sleepUntil(clock.start().plus(WINDOW.multipliedBy(settings.windows())).plus(DRAIN));
            timer.shutdownNow();
            Instant stopped = clock.instant();
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            System.out.printf("%-7s %8s %9s %8s %8s %10s %7s %6s  %s%n", "window", "syncs", "ESI calls", "calls/s",
                    "syncs/s", "late max", "missed", "CPU", "outcomes");
            for (int i = 0; i < settings.windows(); i++) {
                report(i, log, calls[i + 1] - calls[i], usage[i], usage[i + 1]);
            }
            figures(log, settings);
            // what fell due within the last tick is not late yet
            int backlog = new JdbcSyncScheduleRepository(db.dataSource())
                    .due(stopped.minus(TICK), new LocalSyncPartitions().local(), 1_000_000).size();
            System.out.printf("due before the last tick and not run: %d; %s%n", backlog, db.sizes());
            System.out.printf(Locale.ROOT, "FIGURE|scheduler syncs left due at the end|%d|syncs|= 0|-|%n", backlog);
            long heap = ProcessUsage.heapAfterGcMiB();
            Reference.reachabilityFence(loop); // the engine counts as live until measured
            return heap;
        }
    }

    private static long planMillis(SyncLoop loop) {
        long started = System.nanoTime();
        loop.planNow();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void tickQuietly(SyncLoop loop) {
        try {
            loop.tick();
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    /** ESI requests so far for the two wallet paths of every character. */
    private static long calls(FakeEsiHarness harness, int characters) {
        long total = 0;
        for (long id = FIRST_ID; id < FIRST_ID + characters; id++) {
            total += harness.esi().requestCount("/characters/" + id + "/wallet")
                    + harness.esi().requestCount("/characters/" + id + "/wallet/journal");
        }
        return total;
    }

    /** The lines the benchmark command reads (docs/BENCHMARKS.md): every due sync done inside its window. */
    private static void figures(SyncLog log, Settings settings) {
        for (int i = 0; i < settings.windows(); i++) {
            SyncLog.Window w = log.window(i);
            System.out.printf(Locale.ROOT, "FIGURE|scheduler window %d syncs done (%d characters)|%d|syncs|>= 0.95x|"
                    + "syncs due|%d%n", i + 1, settings.characters(), w.syncs, 2 * settings.characters());
            System.out.printf(Locale.ROOT, "FIGURE|scheduler window %d syncs that missed it|%d|syncs|= 0|-|%n",
                    i + 1, w.missed);
        }
    }

    private static void report(int index, SyncLog log, long calls, ProcessUsage before, ProcessUsage after) {
        double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        SyncLog.Window w = log.window(index);
        System.out.printf("%-7d %,8d %,9d %8.0f %8.0f %9.1fs %7d %5.0f%%  %s%n", index + 1, w.syncs, calls,
                calls / seconds, w.syncs / seconds, w.maxLatenessMillis / 1000.0, w.missed,
                after.cpuPercentSince(before), w.outcomes);
    }
}
