package org.eveseat.fake.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pilot's or corporation's open orders placed in The Forge's book as the fake serves it, so that a client that
 * compares them with the stored book finds what a trader would: every other order is beaten (a sell order 2%
 * above the cheapest seller, a buy order 2% under the best bidder), the others lead by one cent. Each takes the
 * type, station and side of a book order with the best price on its side; ids, volumes and times stay the
 * generated ones.
 */
final class OwnOrders {
    private OwnOrders() {
    }

    static List<MarketOrder> placed(List<MarketOrder> generated, List<MarketOrder> book) {
        List<MarketOrder> leaders = leaders(book);
        if (leaders.isEmpty()) {
            return generated;
        }
        List<MarketOrder> placed = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            MarketOrder own = generated.get(i);
            MarketOrder best = leaders.get((int) Math.floorMod(own.orderId() * 7 + i, (long) leaders.size()));
            placed.add(new MarketOrder(own.orderId(), best.typeId(), best.regionId(), best.systemId(),
                    best.locationId(), price(best, i % 2 == 0), own.volumeTotal(), own.volumeRemain(),
                    own.minVolume(), best.isBuyOrder(), own.duration(), own.issued(),
                    best.isBuyOrder() ? "station" : "region", best.isBuyOrder() ? own.escrow() : null,
                    own.isCorporation(), own.state(), own.issuedBy(), own.walletDivision()));
        }
        return placed;
    }

    /** An own price against the book's best: beaten by 2%, or leading by a cent. */
    private static double price(MarketOrder best, boolean beaten) {
        double factor = best.isBuyOrder() == beaten ? 0.98 : 1.02;
        double price = beaten ? best.price() * factor : best.price() + (best.isBuyOrder() ? 0.01 : -0.01);
        return Math.max(0.01, Math.round(price * 100) / 100.0);
    }

    /** The best order of each type, station and side (cheapest sell, dearest buy), in a stable order. */
    private static List<MarketOrder> leaders(List<MarketOrder> book) {
        Map<String, MarketOrder> best = new LinkedHashMap<>();
        for (MarketOrder order : book) {
            String key = order.typeId() + "/" + order.locationId() + "/" + order.isBuyOrder();
            best.merge(key, order, (a, b) -> better(a, b) ? a : b);
        }
        return best.values().stream().filter(order -> order.price() > 0.02)
                .sorted(Comparator.comparingLong(MarketOrder::orderId)).toList();
    }

    private static boolean better(MarketOrder a, MarketOrder b) {
        return a.isBuyOrder() ? a.price() >= b.price() : a.price() <= b.price();
    }
}
