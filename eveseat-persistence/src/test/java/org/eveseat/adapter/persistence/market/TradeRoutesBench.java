package org.eveseat.adapter.persistence.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.adapter.persistence.universe.HttpOrFileStaticDataArchives;
import org.eveseat.adapter.persistence.universe.PostgresStaticData;
import org.eveseat.adapter.persistence.universe.PostgresStaticDataImporter;
import org.eveseat.domain.market.InMemoryMarketBook;
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
 * 2: timed rounds, default 10). Each round is a whole search as the REST resource runs it, books read included.
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
        MarketBook book = book(HubBooks.generate(marketTypes, jitaOrders, 20));
        var service = new FindTradeRoutesService(book, staticData, new PlanRouteService(staticData, NO_BRIDGES));
        System.out.printf(Locale.ROOT, "%d market types; hub orders (Jita, Amarr, Dodixie, Rens, Hek): %s%n",
                marketTypes.size(), Arrays.toString(TradeHub.ALL.stream()
                        .mapToInt(hub -> book.stationOrders(hub.regionId(), hub.stationId()).size()).toArray()));
        for (TradeMode mode : TradeMode.values()) {
            TradeRouteSearch search = new TradeRouteSearch(null, null, 62_500.0, Isk.of("2000000000"), null, null,
                    mode, null, null, 20, 100, null);
            for (int i = 0; i < 3; i++) {
                service.routes(search);
            }
            long[] millis = new long[rounds];
            List<TradeRoute> routes = List.of();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                routes = service.routes(search);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            TradeRoute best = routes.get(0);
            System.out.printf(Locale.ROOT, "%-9s rounds %d: p50 %d ms, max %d ms; %d routes, best %s -> %s %s ISK "
                    + "(%d items, %.0f m3, %d jumps)%n", mode, rounds, millis[rounds / 2], millis[rounds - 1],
                    routes.size(), best.from().systemName(), best.to().systemName(), best.profit().amount(),
                    best.items().size(), best.cargoUsed(), best.jumps());
            System.out.printf(Locale.ROOT, "FIGURE|trade routes, 5 hubs, all types, %s, max|%d|ms|< 2000|-|%n",
                    mode.name().toLowerCase(Locale.ROOT), millis[rounds - 1]);
        }
        System.exit(0);
    }

    private static MarketBook book(List<List<MarketOrder>> hubOrders) {
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
