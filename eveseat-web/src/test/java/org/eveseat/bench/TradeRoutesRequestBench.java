package org.eveseat.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eveseat.adapter.persistence.market.JdbcBookSnapshotRepository;
import org.eveseat.adapter.persistence.market.JdbcMarketBook;
import org.eveseat.adapter.persistence.universe.JdbcRouteConnectionRepository;
import org.eveseat.adapter.persistence.universe.PostgresStaticData;
import org.eveseat.adapter.persistence.universe.PostgresStaticDataImporter;
import org.eveseat.adapter.web.rest.market.TradeRouteRequests;
import org.eveseat.domain.DomainSettings;
import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.Ports;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;
import org.eveseat.fake.FakeLedger;
import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketLedger;

/**
 * The trade route request over every pair of the five hubs as the server answers it ({@code TradeRouteResource}:
 * parameters, the search of the domain wired by {@link EveSeatDomain} on the JDBC book, the static data and the
 * route planner with its jump bridges read from PostgreSQL, the JSON written), with the fake ESI's hub books at
 * ESI's size stored as the book sync stores them (about a million current orders and each region's previous
 * snapshot). Three situations: the first
 * request of a server (a new domain: every hub's book read), requests between snapshot swaps, and a request right
 * after a region's new snapshot was walked and published through the domain's publish (untimed, as the sync does
 * it), as on a running server where one of the five regions swaps about every minute. The first is printed without
 * a target: each node runs it in the background at its start, and the publish lays out each region it swaps.
 * Arguments: timed rounds (5), book scale (1).
 */
public final class TradeRoutesRequestBench {
    private static final Map<String, String> REQUEST = Map.of("cargo", "62500", "isk", "2000000000");

    private TradeRoutesRequestBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        try (BenchDatabase db = new BenchDatabase(4)) {
            PostgresStaticData staticData = new PostgresStaticData(db.dataSource());
            new PostgresStaticDataImporter(db.dataSource(), staticData).load(
                    TradeRoutesRequestBench.class.getResourceAsStream("/sde/sde.zip"), "shipped");
            MarketLedger market = new FakeLedger().publicData().market();
            market.generateHubBooks(scale, 11);
            JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
            long stored = 0;
            StringBuilder atHubs = new StringBuilder();
            for (TradeHub hub : TradeHub.ALL) {
                GeneratedBook book = market.generatedBook(hub.regionId().value()).orElseThrow();
                MarketBookQueryBench.store(snapshots, hub.regionId(), BenchOrders.of(book));
                List<MarketOrder> current = BenchOrders.of(book.churn());
                stored += MarketBookQueryBench.store(snapshots, hub.regionId(), current);
                atHubs.append(String.format(Locale.ROOT, " %s %,d", hub.systemName(),
                        current.stream().filter(o -> o.locationId() == hub.stationId()).count()));
            }
            System.out.printf(Locale.ROOT, "stored %,d current orders of the five regions (and their previous "
                    + "snapshots); at the hub stations:%s%n", stored, atHubs);
            levels(new JdbcMarketBook(db.dataSource()));
            Ports ports = Ports.of(new JdbcMarketBook(db.dataSource()), snapshots, staticData,
                    new JdbcRouteConnectionRepository(db.dataSource()), (EventPublisher) event -> { });
            Supplier<EveSeatDomain> servers = () -> new EveSeatDomain(ports, DomainSettings.defaults());
            for (String mode : List.of("immediate", "order")) {
                Map<String, String> request = with(REQUEST, "mode", mode);
                long[] first = time("first request", rounds, () -> servers.get().get(TradeRoutesQuery.class),
                        request, () -> { });
                EveSeatDomain running = servers.get();
                TradeRoutesQuery routes = running.get(TradeRoutesQuery.class);
                long[] steady = time("between swaps", rounds, () -> routes, request, () -> { });
                int[] next = {0};
                long[] swapped = time("after a swap", rounds, () -> routes, request, () -> {
                    TradeHub hub = TradeHub.ALL.get(next[0]++ % TradeHub.ALL.size());
                    GeneratedBook generated = market.generatedBook(hub.regionId().value()).orElseThrow();
                    MarketBookQueryBench.walk(snapshots, hub.regionId(), BenchOrders.of(generated.churn()));
                    running.get(PublishBookUseCase.class).publish(hub.regionId());
                });
                figure(mode + ", between swaps", steady);
                figure(mode + ", after a swap", swapped);
                // no player waits for this one: each node runs it in the background at its start
                System.out.printf(Locale.ROOT, "first search of a node (every hub's book read and laid out), %s, "
                        + "max %d ms%n", mode, first[first.length - 1]);
            }
        }
        System.exit(0);
    }

    /**
     * One warm-up round, then timed ones; {@code before} runs ahead of each (untimed), as a swap would. Prints the
     * times, the answer's size and the best route; answers the sorted times.
     */
    private static long[] time(String what, int rounds, Supplier<TradeRoutesQuery> services,
                               Map<String, String> request, Runnable before) {
        before.run();
        TradeRouteRequests.answer(services.get(), request);
        long[] millis = new long[rounds];
        byte[] answer = new byte[0];
        for (int i = 0; i < rounds; i++) {
            before.run();
            TradeRoutesQuery query = services.get();
            long start = System.nanoTime();
            answer = TradeRouteRequests.answer(query, request);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s %-14s rounds %d: p50 %d ms, max %d ms; answer %,d bytes; load %s%n",
                request.get("mode"), what, rounds, millis[rounds / 2], millis[rounds - 1], answer.length,
                loadAverage());
        return millis;
    }

    /** What a search reads per hub when its ladders are not laid out yet: the station's price levels. */
    private static void levels(JdbcMarketBook book) {
        for (int round = 0; round < 2; round++) {
            StringBuilder line = new StringBuilder("price levels read per hub:");
            long all = System.nanoTime();
            for (TradeHub hub : TradeHub.ALL) {
                long start = System.nanoTime();
                int levels = book.stationLevels(hub.regionId(), hub.stationId()).size();
                line.append(String.format(Locale.ROOT, " %s %,d in %d ms;", hub.systemName(), levels,
                        (System.nanoTime() - start) / 1_000_000));
            }
            System.out.printf(Locale.ROOT, "%s all five in %d ms%n", line, (System.nanoTime() - all) / 1_000_000);
        }
    }

    private static void figure(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "FIGURE|trade routes request, 5 full-size hubs, %s, max|%d|ms|< 2000|-|%n", what,
                sorted[sorted.length - 1]);
    }

    private static Map<String, String> with(Map<String, String> request, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(request);
        more.put(name, value);
        return more;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
