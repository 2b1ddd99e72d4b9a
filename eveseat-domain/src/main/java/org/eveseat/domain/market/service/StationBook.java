package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.shared.TypeId;

/**
 * The open orders of one station as price ladders per type, in primitive arrays so that thousands of types can
 * be walked quickly: sells from the cheapest, buys from the dearest.
 */
final class StationBook {
    /** One side of one type's book: prices best first, and the units left at each. */
    record Ladder(double[] prices, long[] volumes) {
        int size() {
            return prices.length;
        }
    }

    private final Map<TypeId, Ladder> sells;
    private final Map<TypeId, Ladder> buys;

    private StationBook(Map<TypeId, Ladder> sells, Map<TypeId, Ladder> buys) {
        this.sells = sells;
        this.buys = buys;
    }

    static StationBook of(List<MarketOrder> orders) {
        Map<TypeId, List<MarketOrder>> sells = new HashMap<>();
        Map<TypeId, List<MarketOrder>> buys = new HashMap<>();
        for (MarketOrder order : orders) {
            if (order.volumeRemain() > 0) {
                (order.buyOrder() ? buys : sells).computeIfAbsent(order.typeId(), t -> new ArrayList<>()).add(order);
            }
        }
        return new StationBook(ladders(sells, false), ladders(buys, true));
    }

    Set<TypeId> soldTypes() {
        return sells.keySet();
    }

    Ladder sells(TypeId typeId) {
        return sells.get(typeId);
    }

    Ladder buys(TypeId typeId) {
        return buys.get(typeId);
    }

    private static Map<TypeId, Ladder> ladders(Map<TypeId, List<MarketOrder>> byType, boolean dearestFirst) {
        Comparator<MarketOrder> byPrice = Comparator.comparing(order -> order.price().amount());
        Comparator<MarketOrder> best = dearestFirst ? byPrice.reversed() : byPrice;
        Map<TypeId, Ladder> ladders = new HashMap<>(byType.size() * 2);
        byType.forEach((type, orders) -> {
            orders.sort(best);
            double[] prices = new double[orders.size()];
            long[] volumes = new long[orders.size()];
            for (int i = 0; i < prices.length; i++) {
                prices[i] = orders.get(i).price().amount().doubleValue();
                volumes[i] = orders.get(i).volumeRemain();
            }
            ladders.put(type, new Ladder(prices, volumes));
        });
        return ladders;
    }
}
