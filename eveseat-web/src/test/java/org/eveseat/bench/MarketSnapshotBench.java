package org.eveseat.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.esi.common.EsiCache;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.Retrier;
import org.eveseat.adapter.esi.market.EsiMarketAdapter;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.persistence.market.JdbcBookSnapshotRepository;
import org.eveseat.adapter.persistence.market.JdbcMarketBook;
import org.eveseat.adapter.persistence.market.MarketOrderRows;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.market.service.PublishBookService;
import org.eveseat.domain.market.service.StartBookWalkService;
import org.eveseat.domain.market.service.StoreBookPagesService;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.fake.ledger.GeneratedBook;

/**
 * One region snapshot end to end, as the market-book job runs it: the fake ESI's book of The Forge (400,000 orders in
 * pages of 1,000, every answer 50 ms late), page 1, then chunks of 20 pages read concurrently by the gateway (page
 * threads made as the server's default managed executor makes them: on demand, up to 200) and stored by COPY, then
 * the publish (indexes, attach, swap) and the order changes against the book before. Run twice: the first makes the
 * region's first snapshot (and warms the code), the second, after the fake's book moved, is measured with its order
 * changes. The store part (COPY, indexes, swap) is set against raw COPY of the same rows into a table without indexes
 * in the same run; recording the order changes (a hash join of the two books) is timed on its own.
 * Arguments: orders (400000), ESI latency ms (50), pages per chunk (20).
 */
public final class MarketSnapshotBench {
    private static final RegionId FORGE = new RegionId(10000002);

    private MarketSnapshotBench() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ThreadPoolExecutor pages = new ThreadPoolExecutor(0, 200, 300, TimeUnit.SECONDS, new SynchronousQueue<>());
        try (FakeEsiHarness harness = new FakeEsiHarness(); BenchDatabase db = new BenchDatabase(8)) {
            GeneratedBook book = harness.esi().ledger().publicData().market().generateBook(FORGE.value(), orders, 1);
            harness.esi().delay(Duration.ofMillis(latency));
            EsiGateway gateway = new EsiGateway(new EsiCache(), new EsiBudget(harness.clock(), 20,
                    RateLimitGroup.fromSpec()), new Retrier(3, Duration.ofMillis(100)), pages, harness.clock());
            EsiMarketAdapter esi = new EsiMarketAdapter(harness.settings(), gateway);
            TimedSnapshots snapshots = new TimedSnapshots(new JdbcBookSnapshotRepository(db.dataSource()));
            Clock clock = Clock.systemUTC();
            var start = new StartBookWalkService(esi, snapshots, clock);
            var store = new StoreBookPagesService(esi, snapshots, clock);
            var publish = new PublishBookService(snapshots, new JdbcMarketBook(db.dataSource()), event -> { },
                    clock);

            Run first = run(start, store, publish, snapshots, chunk);
            System.out.printf("first snapshot (warm-up): %s%n", first);
            book.churn();
            harness.esi().expireCaches();
            harness.clock().advance(Duration.ofMinutes(6));
            Run second = run(start, store, publish, snapshots, chunk);
            System.out.printf("second snapshot (measured): %s%n", second);
            double copy = rawCopy(db, book);
            double storeRate = second.orders * 1e9 / second.storeNanos;
            System.out.printf("store part %,.0f rows/s; raw COPY %,.0f rows/s: %.0f%%; load average %s%n",
                    storeRate, copy, 100 * storeRate / copy, java.nio.file.Files.readString(
                            java.nio.file.Path.of("/proc/loadavg")).trim());
            System.out.printf(Locale.ROOT, "FIGURE|market snapshot of %,d orders end to end (%d ms ESI)|%.2f|s|< 20|"
                    + "-|%n", second.orders, latency, second.nanos / 1e9);
            System.out.printf(Locale.ROOT, "FIGURE|market snapshot store part (COPY, indexes, swap)|%.0f|rows/s|"
                    + ">= 0.5x|raw COPY|%.0f%n", storeRate, copy);
            System.out.printf(Locale.ROOT, "FIGURE|market snapshot order changes recorded|%.2f|s|< 5|-|%n",
                    second.changeNanos / 1e9);
        } finally {
            pages.shutdownNow();
        }
        System.exit(0);
    }

    private record Run(long orders, long nanos, long storeNanos, long publishNanos, long changeNanos,
                       PublishedBook published) {
        @Override
        public String toString() {
            return String.format("%,d orders in %.2f s, store part %.2f s (of it indexes and swap %.2f s), order "
                    + "changes %.2f s: %d new, %d repriced, %d gone", orders, nanos / 1e9, storeNanos / 1e9,
                    publishNanos / 1e9, changeNanos / 1e9, published.newOrders(), published.priceChanges(),
                    published.goneOrders());
        }
    }

    private static Run run(StartBookWalkService start, StoreBookPagesService store, PublishBookService publish,
                           TimedSnapshots snapshots, int chunk) {
        snapshots.reset();
        long begin = System.nanoTime();
        BookWalkStart started = start.start(FORGE);
        if (started.upToDate()) {
            throw new IllegalStateException("ESI's book was not read afresh");
        }
        BookWalk walk = started.walk();
        while (!walk.complete()) {
            walk = store.store(walk, chunk);
        }
        PublishedBook published = publish.publish(FORGE);
        return new Run(published.snapshot().orderCount(), System.nanoTime() - begin, snapshots.nanos(),
                snapshots.publishNanos(), snapshots.changeNanos(), published);
    }

    /** Rows per second of one COPY stream of the same orders into a table like market_order without indexes. */
    private static double rawCopy(BenchDatabase db, GeneratedBook book) throws Exception {
        List<MarketOrder> orders = BenchOrders.of(book);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table market_copy_bench (like market_order)");
            long start = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy market_copy_bench ("
                    + MarketOrderRows.COLUMNS + ") from stdin");
            for (int from = 0; from < orders.size(); from += 1000) {
                byte[] text = MarketOrderRows.text(0, orders.subList(from, Math.min(from + 1000, orders.size())))
                        .getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(text, 0, text.length);
            }
            copy.endCopy();
            return orders.size() * 1e9 / (System.nanoTime() - start);
        }
    }
}
