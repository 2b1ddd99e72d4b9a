package org.eveseat.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.esi.wallet.EsiWalletAdapter;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.eveseat.domain.wallet.service.SyncWalletBalanceService;

/**
 * Syncs the wallet balance of many characters through the real adapter, REST client and gateway against the fake
 * ESI with injected latency: a first pass (all 200), a pass inside the cache window (no call, no write) and a pass
 * after expiry (304s, no write). Prints requests/s, 304 share, writes, error budget and heap.
 * Arguments: characters (2000), threads (64), latency ms (50).
 */
public final class EsiSyncBench {
    private EsiSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int characters = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        try (FakeEsiHarness harness = new FakeEsiHarness()) {
            harness.esi().delay(Duration.ofMillis(latencyMs)).cacheSeconds(Duration.ofSeconds(20));
            BenchPilots pilots = new BenchPilots();
            Map<CharacterId, AccessToken> warmUp = pilots.add(harness, 80_000_001L, Math.min(1000, characters));
            Map<CharacterId, AccessToken> tokens = pilots.add(harness, 90_000_001L, characters);
            CountingRepository repository = new CountingRepository();
            var sync = new SyncWalletBalanceService(pilots,
                    new EsiWalletAdapter(harness.settings(), harness.gateway()), repository, event -> { },
                    Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            System.out.printf("%d characters, %d threads, %d ms latency%n", characters, threads, latencyMs);
            pass("warm-up (JIT, connections; other characters)", sync, warmUp.keySet(), pool, repository, harness);
            double[] first = pass("first pass", sync, tokens.keySet(), pool, repository, harness);
            double[] cached = pass("second pass, inside the cache window", sync, tokens.keySet(), pool, repository,
                    harness);
            Thread.sleep(21_000);
            double[] expired = pass("third pass, after expiry", sync, tokens.keySet(), pool, repository, harness);
            // the lines the benchmark command reads (docs/BENCHMARKS.md); the bound is what the latency allows
            System.out.printf(Locale.ROOT, "FIGURE|ESI sync first pass (%d characters)|%.0f|requests/s|>= 0.3x|"
                    + "%d threads / latency|%.0f%n", characters, first[0], threads, threads * 1000.0 / latencyMs);
            System.out.printf(Locale.ROOT, "FIGURE|ESI requests inside the cache window|%.0f|requests|= 0|-|%n",
                    cached[1]);
            System.out.printf(Locale.ROOT, "FIGURE|ESI 304 share after expiry|%.0f|%%|= 100|-|%n", expired[2]);
            pool.shutdown();
            System.out.printf("heap after GC: %d MiB; ESI error budget left: %d%n", ProcessUsage.heapAfterGcMiB(),
                    harness.esi().errorLimitRemain());
        }
    }

    /** Returns requests per second, requests, and the share of 304s in percent. */
    private static double[] pass(String name, SyncWalletBalanceService sync, Set<CharacterId> characters,
                             ExecutorService pool, CountingRepository repository, FakeEsiHarness harness)
            throws Exception {
        int writesBefore = repository.writes.get();
        int requestsBefore = requests(harness, characters);
        long started = System.nanoTime();
        List<Future<SyncOutcome>> outcomes = new ArrayList<>();
        for (CharacterId character : characters) {
            outcomes.add(pool.submit(() -> sync.sync(character)));
        }
        Map<SyncOutcome.Status, Integer> counts = new EnumMap<>(SyncOutcome.Status.class);
        for (Future<SyncOutcome> outcome : outcomes) {
            counts.merge(outcome.get().status(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int requests = requests(harness, characters) - requestsBefore;
        double share304 = requests == 0 ? 0.0 : 100.0 * counts.getOrDefault(SyncOutcome.Status.UNCHANGED, 0)
                / requests;
        System.out.printf("%s: %.2f s, %d ESI requests (%.0f/s), outcomes %s, DB writes %d, 304 share %.0f%%%n",
                name, seconds, requests, requests / seconds, counts, repository.writes.get() - writesBefore,
                share304);
        return new double[] {requests / seconds, requests, share304};
    }

    private static int requests(FakeEsiHarness harness, Set<CharacterId> characters) {
        return characters.stream().mapToInt(c -> harness.esi().requestCount("/characters/" + c + "/wallet")).sum();
    }

    private static final class CountingRepository implements WalletBalanceRepository {
        final AtomicInteger writes = new AtomicInteger();
        final Map<CharacterId, WalletBalance> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<WalletBalance> find(CharacterId characterId) {
            return Optional.ofNullable(rows.get(characterId));
        }

        @Override
        public void save(WalletBalance balance) {
            writes.incrementAndGet();
            rows.put(balance.characterId(), balance);
        }
    }
}
