package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;

/** A corporation's order from its 90-day history, with how it closed (cancelled or expired). */
public record ClosedCorporationOrder(CorporationOrder order, OrderState state) {
    public ClosedCorporationOrder {
        Require.present(order, "order");
        Require.present(state, "order state");
    }
}
