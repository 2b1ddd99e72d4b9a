package org.eveseat.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.eveseat.adapter.persistence.market.JdbcBookSnapshotRepository;
import org.eveseat.adapter.persistence.market.JdbcMarketBook;
import org.eveseat.adapter.persistence.universe.PostgresStaticData;
import org.eveseat.adapter.persistence.universe.PostgresStaticDataImporter;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.service.ReadOrderBookService;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.FakeLedger;
import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketLedger;

/**
 * The order book of one type at one trade hub, read as the REST resource reads it (the domain query on the JDBC
 * book and the static data), with the five hub regions stored: the fake ESI's books at ESI's size (about a million
 * current orders) and each region's previous snapshot beside them. Types are drawn over everything traded at the hub
 * (most have a few orders, the busiest thousands). Prints wall-time percentiles after a warm-up.
 * Arguments: queries (5000), book scale (1: a million orders).
 */
public final class MarketBookQueryBench {
    private static final Map<Long, Long> HUBS = Map.of(10000002L, 60003760L, 10000043L, 60008494L, 10000032L,
            60011866L, 10000030L, 60004588L, 10000042L, 60005686L);
    private static final int WARM_UP = 2_000;

    private MarketBookQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        try (BenchDatabase db = new BenchDatabase(4)) {
            PostgresStaticData staticData = new PostgresStaticData(db.dataSource());
            new PostgresStaticDataImporter(db.dataSource(), staticData).load(
                    MarketBookQueryBench.class.getResourceAsStream("/sde/sde.zip"), "shipped");
            MarketLedger market = new FakeLedger().publicData().market();
            market.generateHubBooks(scale, 11);
            long stored = 0;
            List<Query> pool = new ArrayList<>();
            List<Query> busiest = new ArrayList<>();
            JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
            for (var hub : HUBS.entrySet()) {
                GeneratedBook book = market.generatedBook(hub.getKey()).orElseThrow();
                store(snapshots, new RegionId(hub.getKey()), BenchOrders.of(book));
                List<MarketOrder> current = BenchOrders.of(book.churn());
                stored += store(snapshots, new RegionId(hub.getKey()), current);
                BookScope at = BookScope.station(new RegionId(hub.getKey()), hub.getValue());
                Map<TypeId, Long> perType = current.stream().filter(o -> o.locationId() == hub.getValue())
                        .collect(Collectors.groupingBy(MarketOrder::typeId, Collectors.counting()));
                perType.keySet().forEach(type -> pool.add(new Query(type, at)));
                perType.entrySet().stream().sorted(Map.Entry.<TypeId, Long>comparingByValue().reversed()).limit(50)
                        .forEach(busy -> busiest.add(new Query(busy.getKey(), at)));
            }
            System.out.printf("stored %,d current orders of five regions (and their previous snapshots); %,d "
                    + "type-hub pairs to ask for%n", stored, pool.size());
            JdbcMarketBook jdbc = new JdbcMarketBook(db.dataSource());
            var query = new ReadOrderBookService(jdbc, jdbc, staticData);
            Random random = new Random(5);
            for (int i = 0; i < WARM_UP; i++) {
                Query q = pool.get(random.nextInt(pool.size()));
                query.book(q.type, q.scope, 20);
            }
            long[] any = measure(query, pool, queries, random, "any type traded at a hub");
            stationOrders(new JdbcMarketBook(db.dataSource()));
            long[] busy = measure(query, busiest, queries / 5, random, "the 50 busiest types of each hub");
            System.out.printf(Locale.ROOT, "FIGURE|market order book of one type at a hub, p99 (%,d orders stored)|"
                    + "%.2f|ms|< 20|-|%n", stored, ms(any, 0.99));
            System.out.printf(Locale.ROOT, "FIGURE|market order book of a busiest type at a hub, p99|%.2f|ms|< 20|-|%n",
                    ms(busy, 0.99));
        }
        System.exit(0);
    }

    private record Query(TypeId type, BookScope scope) {
    }

    private static long[] measure(ReadOrderBookService query, List<Query> pool, int queries, Random random,
                                  String what) throws java.io.IOException {
        long[] nanos = new long[queries];
        long orders = 0;
        for (int i = 0; i < queries; i++) {
            Query q = pool.get(random.nextInt(pool.size()));
            long start = System.nanoTime();
            var book = query.book(q.type, q.scope, 20);
            nanos[i] = System.nanoTime() - start;
            orders += book.summary().bidVolume() > 0 || book.summary().askVolume() > 0 ? 1 : 0;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %,d books (%,d with orders): p50 %.2f ms, p99 %.2f ms, max %.2f ms; load average %s%n",
                what, queries, orders, ms(nanos, 0.5), ms(nanos, 0.99), ms(nanos, 1),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        return nanos;
    }

    /** Stores one snapshot of the region as the job would, in chunks of 20,000 orders; answers its orders. */
    static long store(JdbcBookSnapshotRepository snapshots, RegionId region, List<MarketOrder> orders) {
        snapshots.publish(walk(snapshots, region, orders));
        snapshots.recordChanges(region, Clock.systemUTC().instant());
        return orders.size();
    }

    /** Walks the orders into a new snapshot of the region as the job would, left for a publish. */
    static BookWalk walk(JdbcBookSnapshotRepository snapshots, RegionId region, List<MarketOrder> orders) {
        Instant now = Clock.systemUTC().instant();
        int pages = (orders.size() + 999) / 1000;
        BookWalk walk = snapshots.begin(region, new BookPage(1, pages, orders.subList(0, Math.min(1000, orders.size())),
                now.toString(), now.plusSeconds(300)), now, 1);
        for (int from = 1000; from < orders.size(); from += 20_000) {
            List<MarketOrder> chunk = orders.subList(from, Math.min(from + 20_000, orders.size()));
            int chunkPages = (chunk.size() + 999) / 1000;
            snapshots.append(walk, chunkPages, chunk);
            walk = walk.stored(chunkPages);
        }
        return walk;
    }

    /** Every order at Jita 4-4, as trade routes and quick trade read a hub: printed for them, no target here. */
    private static void stationOrders(JdbcMarketBook book) {
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            int orders = book.stationOrders(new RegionId(10000002L), 60003760L).size();
            System.out.printf("every order at Jita 4-4: %,d orders in %.0f ms%n", orders,
                    (System.nanoTime() - start) / 1e6);
        }
    }

    private static double ms(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))] / 1e6;
    }
}
