package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.EsiEnum;

/**
 * Where a character's order stands: still open, or in the order history cancelled or expired (ESI's history
 * counts a fully bought or sold order as expired). UNKNOWN stands for a state ESI added later.
 */
public enum OrderState implements EsiEnum {
    OPEN, CANCELLED, EXPIRED, UNKNOWN;

    public static OrderState fromEsi(String value) {
        return EsiEnum.lenient(OrderState.class, value, UNKNOWN);
    }
}
