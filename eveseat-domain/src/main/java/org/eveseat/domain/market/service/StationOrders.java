package org.eveseat.domain.market.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.BuyOrderReach;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * One type's book as a trader at a station sees it, from the stored books: what can be bought there at once (the
 * station's sell orders, cheapest first) and what can be sold there at once (the region's buy orders whose range
 * reaches the station, as the game lists them, best paying first). Jumps are counted over the static data's gates,
 * kept per system of one static data version.
 */
final class StationOrders {
    private final StationBooks books;
    private final StaticData staticData;
    private final Map<SolarSystemId, Map<SolarSystemId, Integer>> distances = new HashMap<>();
    private String distancesVersion = "";

    StationOrders(StationBooks books, StaticData staticData) {
        this.books = books;
        this.staticData = staticData;
    }

    Sides of(TypeId typeId, RegionId regionId, long stationId) {
        List<MarketOrder> orders = books.sellersView(typeId, regionId, stationId);
        // a structure's system is that of its own orders
        BuyOrderReach reach = new BuyOrderReach(stationId, staticData.stationSystem(stationId).or(() -> orders.stream()
                .filter(o -> o.locationId() == stationId).findFirst().map(MarketOrder::systemId)).orElse(null),
                this::distances);
        Comparator<MarketOrder> byPrice = Comparator.comparing(order -> order.price().amount());
        return new Sides(orders.stream().filter(order -> !order.buyOrder() && order.locationId() == stationId)
                .sorted(byPrice).toList(),
                orders.stream().filter(order -> order.buyOrder() && reach.reaches(order)).sorted(byPrice.reversed())
                        .toList());
    }

    private synchronized Map<SolarSystemId, Integer> distances(SolarSystemId from) {
        String version = staticData.universe().version();
        if (!version.equals(distancesVersion) || distances.size() > 100) {
            distances.clear();
            distancesVersion = version;
        }
        return distances.computeIfAbsent(from, system -> BuyOrderReach.distances(system, staticData::neighbours));
    }

    record Sides(List<MarketOrder> sells, List<MarketOrder> buys) {
    }
}
