package org.eveseat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eveseat.adapter.batch.scheduler.SyncLoop;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.esi.wallet.EsiCorporationWalletAdapter;
import org.eveseat.adapter.esi.wallet.EsiWalletAdapter;
import org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapter;
import org.eveseat.adapter.persistence.sync.JdbcSyncScheduleRepository;
import org.eveseat.adapter.persistence.wallet.JdbcJournalWalkRepository;
import org.eveseat.adapter.persistence.wallet.JdbcWalletJournalRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.service.ClaimDueSyncsService;
import org.eveseat.domain.sync.service.PlanSyncsService;
import org.eveseat.domain.sync.service.RecordSyncOutcomeService;
import org.eveseat.domain.wallet.service.ReadJournalPageService;
import org.eveseat.domain.wallet.service.StartJournalWalkService;
import org.eveseat.domain.wallet.service.StoreJournalEntriesService;
import org.eveseat.domain.wallet.service.SyncWalletBalanceService;

/**
 * The sync engine of one node for many characters against the fake ESI with injected latency: the scheduler's
 * loop (plan, claim up to the free slots each tick, a bounded pool of workers) with the real domain services,
 * ESI adapters and gateway, and the real repositories on an embedded PostgreSQL. Each character has its wallet
 * balance and journal planned (10-minute interval). The scheduler's clock runs {@code scale} times faster than
 * real time, so one 10-minute window takes 10/scale real minutes at scale times the load. Prints, per window, the
 * syncs due in it, how late they finished, ESI calls and syncs per real second, CPU, and the heap at the end.
 * Arguments: characters (10000), workers (16), latency ms (50), windows (2), scale (5).
 */
public final class SchedulerBench {
    private static final Duration WINDOW = SyncEndpoint.WALLET_BALANCE.interval();
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final Duration PLAN_EVERY = Duration.ofMinutes(1);
    private static final Duration DRAIN = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofSeconds(900);
    private static final long FIRST_ID = 90_000_001L;

    private SchedulerBench() {
    }

    public static void main(String[] args) throws Exception {
        int characters = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int windows = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        double scale = args.length > 4 ? Double.parseDouble(args[4]) : 5;
        try (FakeEsiHarness harness = new FakeEsiHarness(); BenchDatabase db = new BenchDatabase(workers + 4)) {
            BenchPilots pilots = new BenchPilots();
            pilots.add(harness, FIRST_ID, characters);
            db.addCharacters(FIRST_ID, characters);
            ScaledClock clock = new ScaledClock(scale);
            // ESI's cache ends inside each window, so every run after the first asks ESI again (a 304)
            harness.esi().delay(Duration.ofMillis(latencyMs)).cacheSeconds(clock.real(WINDOW).dividedBy(2));
            System.out.printf("%,d characters, %d workers, %d ms latency, %d windows of %s at scale %.1f "
                    + "(%.0f s real each), %d cores%n", characters, workers, latencyMs, windows, WINDOW, scale,
                    clock.real(WINDOW).toMillis() / 1000.0, ProcessUsage.cores());
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            SyncLog log = new SyncLog(clock.start(), WINDOW, windows);
            SyncLoop loop = loop(harness, pilots, db, clock, pool, workers, log, characters);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            long tickNanos = clock.real(TICK).toNanos();
            timer.scheduleWithFixedDelay(() -> tickQuietly(loop), 0, tickNanos, TimeUnit.NANOSECONDS);
            long[] calls = new long[windows + 1];
            ProcessUsage[] usage = new ProcessUsage[windows + 1];
            for (int i = 0; i <= windows; i++) {
                clock.sleepUntil(clock.start().plus(WINDOW.multipliedBy(i)));
                calls[i] = calls(harness, characters);
                usage[i] = ProcessUsage.now();
            }
            // syncs due at the very end of the last window finish in this drain
            clock.sleepUntil(clock.start().plus(WINDOW.multipliedBy(windows)).plus(DRAIN));
            System.out.printf("%-7s %8s %9s %8s %8s %10s %7s %6s  %s%n", "window", "syncs", "ESI calls", "calls/s",
                    "syncs/s", "late max", "missed", "CPU", "outcomes");
            for (int i = 0; i < windows; i++) {
                report(i, log, calls[i + 1] - calls[i], usage[i], usage[i + 1]);
            }
            timer.shutdownNow();
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            Instant end = clock.instant();
            int backlog = new JdbcSyncScheduleRepository(db.dataSource())
                    .due(end, new SingleNodePartitions().local(), 1_000_000).size();
            System.out.printf("still due at the end: %d; %s; heap after GC: %d MiB; ESI error budget left: %d%n",
                    backlog, db.sizes(), ProcessUsage.heapAfterGcMiB(), harness.esi().errorLimitRemain());
        }
        System.exit(0);
    }

    private static SyncLoop loop(FakeEsiHarness harness, BenchPilots pilots, BenchDatabase db, ScaledClock clock,
                                 ExecutorService pool, int workers, SyncLog log, int characters) {
        var schedule = new JdbcSyncScheduleRepository(db.dataSource());
        var journals = new JdbcWalletJournalRepository(db.dataSource());
        var walks = new JdbcJournalWalkRepository(db.dataSource());
        var partitions = new SingleNodePartitions();
        List<CharacterId> all = java.util.stream.LongStream.range(FIRST_ID, FIRST_ID + characters)
                .mapToObj(CharacterId::new).toList();
        var runner = new BenchSyncRunner(
                new SyncWalletBalanceService(pilots, new EsiWalletAdapter(harness.settings(), harness.gateway()),
                        new TransactionalWalletBalances(db.entityManagerFactory()), clock),
                new StartJournalWalkService(journals, walks),
                new ReadJournalPageService(pilots, new EsiWalletJournalAdapter(harness.settings(), harness.gateway()),
                        new EsiCorporationWalletAdapter(harness.settings(), harness.gateway())),
                new StoreJournalEntriesService(journals, walks),
                new RecordSyncOutcomeService(schedule, clock), log, clock);
        Set<SyncEndpoint> endpoints = EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL);
        return new SyncLoop(new PlanSyncsService(scope -> all, schedule, partitions, List.of(), clock),
                new ClaimDueSyncsService(schedule, partitions, LEASE, clock), endpoints, runner, pool, workers,
                PLAN_EVERY, clock, Throwable::printStackTrace);
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

    private static void report(int index, SyncLog log, long calls, ProcessUsage before, ProcessUsage after) {
        double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        SyncLog.Window w = log.window(index);
        System.out.printf("%-7d %,8d %,9d %8.0f %8.0f %9.1fs %7d %5.0f%%  %s%n", index + 1, w.syncs, calls,
                calls / seconds, w.syncs / seconds, w.maxLatenessMillis / 1000.0, w.missed,
                after.cpuPercentSince(before), w.outcomes);
    }
}
