package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.util.List;

import org.eveseat.domain.market.model.MarketOrder;

/**
 * Fills a quantity from orders in the order given (best price first): the ISK it comes to and the units no order
 * could take. A buy order whose minimum volume exceeds what is left to sell is passed over, as the game would.
 */
record DepthFill(BigDecimal total, long unfilled) {
    static DepthFill fill(long quantity, List<MarketOrder> orders) {
        BigDecimal total = BigDecimal.ZERO;
        long left = quantity;
        for (MarketOrder order : orders) {
            if (left == 0) {
                break;
            }
            if (order.buyOrder() && order.minVolume() > left) {
                continue;
            }
            long taken = Math.min(left, order.volumeRemain());
            total = total.add(order.price().amount().multiply(BigDecimal.valueOf(taken)));
            left -= taken;
        }
        return new DepthFill(total, left);
    }
}
