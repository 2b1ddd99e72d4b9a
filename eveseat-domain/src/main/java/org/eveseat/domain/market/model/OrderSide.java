package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.EsiEnum;

/** Which orders of a region to read: buy orders, sell orders or both (ESI's {@code order_type}). */
public enum OrderSide implements EsiEnum {
    BUY, SELL, ALL;

    public static OrderSide fromEsi(String value) {
        return EsiEnum.strict(OrderSide.class, value);
    }
}
