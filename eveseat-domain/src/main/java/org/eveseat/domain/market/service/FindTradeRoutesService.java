package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * per type (once per snapshot, {@link HubLadders}), then every pair of hubs asked for is priced ({@link HubPair}),
 * its jumps planned, and the routes filtered and sorted.
 */
public class FindTradeRoutesService implements TradeRoutesQuery {
    private final HubLadders ladders;
    private final PlanRouteQuery routes;
    private final TypeVolumes types;

    public FindTradeRoutesService(MarketBook book, StaticData staticData, PlanRouteQuery routes) {
        this(new HubLadders(book), staticData, routes);
    }

    /** With the ladders the book's publish lays out after each swap (see {@link TradeAssembly}). */
    FindTradeRoutesService(HubLadders ladders, StaticData staticData, PlanRouteQuery routes) {
        this.ladders = ladders;
        this.routes = routes;
        this.types = new TypeVolumes(staticData);
    }

    @Override
    public List<TradeRoute> routes(TradeRouteSearch search) {
        List<TradeHub> froms = hubs(search.fromStationId(), "from");
        List<TradeHub> tos = hubs(search.toStationId(), "to");
        Map<TradeHub, StationBook> books = new HashMap<>();
        froms.forEach(hub -> books.put(hub, ladders.of(hub)));
        tos.forEach(hub -> books.computeIfAbsent(hub, ladders::of));
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
