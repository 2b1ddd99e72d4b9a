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
        Map<TypeId, List<Level>> sells = new HashMap<>();
        Map<TypeId, List<Level>> buys = new HashMap<>();
        for (MarketOrder order : orders) {
            if (order.volumeRemain() > 0) {
                (order.buyOrder() ? buys : sells).computeIfAbsent(order.typeId(), t -> new ArrayList<>())
                        .add(new Level(order.price().amount().doubleValue(), order.volumeRemain()));
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

    /** One order's price and the units it has left. */
    private record Level(double price, long volume) {
    }

    private static Map<TypeId, Ladder> ladders(Map<TypeId, List<Level>> byType, boolean dearestFirst) {
        Comparator<Level> cheapest = Comparator.comparingDouble(Level::price);
        Comparator<Level> best = dearestFirst ? cheapest.reversed() : cheapest;
        Map<TypeId, Ladder> ladders = new HashMap<>(byType.size() * 2);
        byType.forEach((type, levels) -> {
            levels.sort(best);
            double[] prices = new double[levels.size()];
            long[] volumes = new long[levels.size()];
            for (int i = 0; i < prices.length; i++) {
                prices[i] = levels.get(i).price();
                volumes[i] = levels.get(i).volume();
            }
            ladders.put(type, new Ladder(prices, volumes));
        });
        return ladders;
    }
}
