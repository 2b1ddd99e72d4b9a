package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;

/**
 * Places open own orders in their station's stored book. The competitors are the other orders on the same side at
 * the same station, without the owner's own (one's own cheaper order does not undercut one). Regions whose book
 * is not stored give no position.
 */
final class OrderPositions {
    private final MarketBook book;

    OrderPositions(MarketBook book) {
        this.book = book;
    }

    /** The positions of the open orders among them, by order id. */
    Map<Long, OrderPosition> of(List<OwnOrder> orders) {
        Set<Long> own = orders.stream().map(OwnOrder::orderId).collect(Collectors.toSet());
        Map<RegionId, Boolean> stored = new HashMap<>();
        Map<Long, OrderPosition> positions = new HashMap<>();
        for (OwnOrder order : orders) {
            if (order.open() && stored.computeIfAbsent(order.regionId(), r -> book.snapshot(r).isPresent())) {
                List<MarketOrder> rivals = book.orders(order.typeId(), BookScope.station(order.regionId(),
                        order.locationId())).stream().filter(o -> o.buyOrder() == order.buyOrder()
                        && !own.contains(o.orderId())).toList();
                positions.put(order.orderId(), position(order, rivals));
            }
        }
        return positions;
    }

    static OrderPosition position(OwnOrder order, List<MarketOrder> rivals) {
        BigDecimal ours = order.price().amount();
        // a buy order is beaten by a higher price, a sell order by a lower one
        int sign = order.buyOrder() ? 1 : -1;
        BigDecimal best = null;
        int ahead = 0;
        for (MarketOrder rival : rivals) {
            BigDecimal price = rival.price().amount();
            if (best == null || price.compareTo(best) * sign > 0) {
                best = price;
            }
            if (price.compareTo(ours) * sign > 0) {
                ahead++;
            }
        }
        boolean outbid = ahead > 0;
        return new OrderPosition(outbid, best == null ? null : new Isk(best),
                outbid ? new Isk(best.subtract(ours).abs()) : null, ahead + 1, rivals.size());
    }
}
