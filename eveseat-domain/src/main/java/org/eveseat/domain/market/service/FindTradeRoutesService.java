package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeRoute;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.model.TradeRouteSort;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.RoutePlan;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Finds trade routes between the hubs from their stations' stored books: each hub's book is laid out as ladders
 * per type (once per snapshot), then every pair of hubs asked for is priced ({@link HubPair}), its jumps planned,
 * and the routes filtered and sorted.
 */
public class FindTradeRoutesService implements TradeRoutesQuery {
    private final MarketBook book;
    private final PlanRouteQuery routes;
    private final TypeVolumes types;
    private final Map<TradeHub, Laid> laid = new ConcurrentHashMap<>();

    /** A hub's book laid out as ladders, with the snapshot it was read from. */
    private record Laid(long snapshotId, StationBook book) {
    }

    public FindTradeRoutesService(MarketBook book, StaticData staticData, PlanRouteQuery routes) {
        this.book = book;
        this.routes = routes;
        this.types = new TypeVolumes(staticData);
    }

    @Override
    public List<TradeRoute> routes(TradeRouteSearch search) {
        List<TradeHub> froms = hubs(search.fromStationId(), "from");
        List<TradeHub> tos = hubs(search.toStationId(), "to");
        Map<TradeHub, StationBook> books = new HashMap<>();
        froms.forEach(hub -> books.put(hub, bookOf(hub)));
        tos.forEach(hub -> books.computeIfAbsent(hub, this::bookOf));
        List<TradeRoute> found = new ArrayList<>();
        for (TradeHub from : froms) {
            for (TradeHub to : tos) {
                if (from.equals(to)) {
                    continue;
                }
                int jumps = routes.plan(RoutePlan.between(from.systemId(), to.systemId(), search.flag())).jumps();
                if (search.maxJumps() != null && jumps > search.maxJumps()) {
                    continue;
                }
                TradeRoute route = new HubPair(from, to, jumps, books.get(from), books.get(to), types).route(search);
                if (!route.items().isEmpty() && route.profit().amount().compareTo(search.minProfit().amount()) >= 0) {
                    found.add(route);
                }
            }
        }
        found.sort(order(search.sort()));
        return found.subList(0, Math.min(search.limit(), found.size()));
    }

    /**
     * The hub's ladders, read again only when its region's snapshot changed (every few minutes): reading a hub
     * book of a quarter of a million orders costs more than all the pricing after it. A swap between the two reads
     * below only makes the next search read the book again.
     */
    private StationBook bookOf(TradeHub hub) {
        Optional<BookSnapshot> snapshot = book.snapshot(hub.regionId());
        if (snapshot.isEmpty()) {
            return StationBook.of(List.of());
        }
        Laid current = laid.get(hub);
        if (current == null || current.snapshotId() != snapshot.get().snapshotId()) {
            current = new Laid(snapshot.get().snapshotId(),
                    StationBook.of(book.stationLevels(hub.regionId(), hub.stationId())));
            laid.put(hub, current);
        }
        return current.book();
    }

    private static List<TradeHub> hubs(Long stationId, String name) {
        if (stationId == null) {
            return TradeHub.ALL;
        }
        return List.of(TradeHub.atStation(stationId).orElseThrow(() -> new RuleViolationException(name + ": "
                + stationId + " is not a trade hub station; the hubs are " + TradeHub.ALL.stream()
                .map(hub -> hub.stationId() + " (" + hub.systemName() + ")").toList())));
    }

    private static Comparator<TradeRoute> order(TradeRouteSort sort) {
        Comparator<TradeRoute> key = switch (sort) {
            case PROFIT -> Comparator.comparing(route -> route.profit().amount());
            case ISK_PER_JUMP -> Comparator.comparing(route -> route.iskPerJump().amount());
            case PROFIT_PER_M3 -> Comparator.comparingDouble(TradeRoute::profitPerM3);
        };
        return key.reversed();
    }
}
