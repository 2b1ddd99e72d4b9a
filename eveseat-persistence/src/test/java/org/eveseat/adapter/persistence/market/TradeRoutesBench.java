package org.eveseat.adapter.persistence.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.adapter.persistence.universe.HttpOrFileStaticDataArchives;
import org.eveseat.adapter.persistence.universe.PostgresStaticData;
import org.eveseat.adapter.persistence.universe.PostgresStaticDataImporter;
import org.eveseat.domain.market.InMemoryMarketBook;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRoute;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.service.FindTradeRoutesService;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;
import org.eveseat.domain.universe.port.out.StaticDataArchives;
import org.eveseat.domain.universe.service.PlanRouteService;

/**
 * Trade routes over every market type and the five hubs (all 20 ordered pairs), on the shipped static data in the
 * tests' PostgreSQL (type volumes read as the server reads them) and the secure route planner, with hub books of
 * realistic size ({@link HubBooks}; argument 1: Jita's orders, default 250,000, the others in proportion; argument
 * 2: timed rounds, default 10). The books are published as snapshots into PostgreSQL and read back through
 * {@link JdbcMarketBook}, as the server reads them; each round is a whole search as the REST resource runs it,
 * the five stations' books read included: "read" with a new service each round (the books read from PostgreSQL and
 * laid out, as after every snapshot swap), "laid out" with one service (books read once per snapshot, as between
 * swaps). The same search on books in memory shows what the reads cost.
 */
public final class TradeRoutesBench {
    private TradeRoutesBench() {
    }

    public static void main(String[] args) {
        int jitaOrders = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        TestDatabase db = TestDatabase.get();
        PostgresStaticData staticData = new PostgresStaticData(db.dataSource());
        PostgresStaticDataImporter importer = new PostgresStaticDataImporter(db.dataSource(), staticData);
        if (!importer.hasCurrentVersion()) {
            importer.load(new HttpOrFileStaticDataArchives().open(StaticDataArchives.SHIPPED), "shipped");
        }
        List<TypeId> marketTypes = staticData.types(staticData.names().keySet()).values().stream()
                .filter(type -> type.marketGroupId() != null).map(type -> type.id()).sorted(
                        (a, b) -> Long.compare(a.value(), b.value())).toList();
        List<List<MarketOrder>> hubOrders = HubBooks.generate(marketTypes, jitaOrders, 20);
        long start = System.nanoTime();
        MarketBook stored = stored(db, hubOrders);
        System.out.printf(Locale.ROOT, "%d market types; hub orders (Jita, Amarr, Dodixie, Rens, Hek): %s, published "
                + "into PostgreSQL in %d ms%n", marketTypes.size(), Arrays.toString(hubOrders.stream()
                .mapToInt(List::size).toArray()), (System.nanoTime() - start) / 1_000_000);
        PlanRouteService planner = new PlanRouteService(staticData, NO_BRIDGES);
        for (TradeMode mode : TradeMode.values()) {
            long[] cold = time("read", () -> new FindTradeRoutesService(stored, staticData, planner), mode, rounds);
            FindTradeRoutesService warm = new FindTradeRoutesService(stored, staticData, planner);
            long[] laid = time("laid out", () -> warm, mode, rounds);
            String name = mode.name().toLowerCase(Locale.ROOT);
            System.out.printf(Locale.ROOT, "FIGURE|trade routes, 5 hubs, all types, %s, max|%d|ms|< 2000|-|%n", name,
                    laid[rounds - 1]);
            System.out.printf(Locale.ROOT, "FIGURE|trade routes, %s, books read from PostgreSQL first, max|%d|ms|"
                    + "< 2000|-|%n", name, cold[rounds - 1]);
        }
        MarketBook memory = inMemory(hubOrders);
        time("in memory", () -> new FindTradeRoutesService(memory, staticData, planner), TradeMode.IMMEDIATE,
                rounds);
        System.exit(0);
    }

    /**
     * Warm-up rounds, then timed ones, each with the service {@code services} gives (a new one reads the books
     * again, the same one only when a snapshot changed); prints them and the best route; answers the sorted times.
     */
    private static long[] time(String books, Supplier<FindTradeRoutesService> services, TradeMode mode, int rounds) {
        TradeRouteSearch search = new TradeRouteSearch(null, null, 62_500.0, Isk.of("2000000000"), null, null, mode,
                null, null, 20, 100, null);
        for (int i = 0; i < 2; i++) {
            services.get().routes(search);
        }
        long[] millis = new long[rounds];
        List<TradeRoute> routes = List.of();
        for (int i = 0; i < rounds; i++) {
            FindTradeRoutesService service = services.get();
            long start = System.nanoTime();
            routes = service.routes(search);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        TradeRoute best = routes.get(0);
        System.out.printf(Locale.ROOT, "%-9s %-9s rounds %d: p50 %d ms, max %d ms; %d routes, best %s -> %s %s "
                + "ISK (%d items, %.0f m3, %d jumps)%n", mode, books, rounds, millis[rounds / 2], millis[rounds - 1],
                routes.size(), best.from().systemName(), best.to().systemName(), best.profit().amount(),
                best.items().size(), best.cargoUsed(), best.jumps());
        return millis;
    }

    /** The hubs' books published as one snapshot per region, as the book sync stores them. */
    private static MarketBook stored(TestDatabase db, List<List<MarketOrder>> hubOrders) {
        JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
        Instant now = Instant.now();
        for (int h = 0; h < TradeHub.ALL.size(); h++) {
            List<MarketOrder> orders = hubOrders.get(h);
            int pages = (orders.size() + 999) / 1000;
            BookWalk walk = snapshots.begin(TradeHub.ALL.get(h).regionId(), new BookPage(1, pages,
                    orders.subList(0, Math.min(1000, orders.size())), "bench", now.plusSeconds(300)), now, 1);
            for (int page = 2; page <= pages; page++) {
                snapshots.append(walk, 1, orders.subList((page - 1) * 1000, Math.min(page * 1000, orders.size())));
                walk = walk.stored(1);
            }
            snapshots.publish(walk);
        }
        return new JdbcMarketBook(db.dataSource());
    }

    private static MarketBook inMemory(List<List<MarketOrder>> hubOrders) {
        InMemoryMarketBook book = new InMemoryMarketBook();
        for (int h = 0; h < TradeHub.ALL.size(); h++) {
            book.replace(TradeHub.ALL.get(h).regionId(), new ArrayList<>(hubOrders.get(h)));
        }
        return book;
    }

    private static final RouteConnectionRepository NO_BRIDGES = new RouteConnectionRepository() {
        @Override
        public List<SystemLink> all() {
            return List.of();
        }

        @Override
        public boolean add(SystemLink link) {
            return false;
        }

        @Override
        public boolean remove(SystemLink link) {
            return false;
        }
    };
}
