package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/**
 * A load to haul from one trade hub to another: the items, the profit after fees, the jumps of the planned route
 * and the profit per jump, the cargo it fills (m3) and the ISK it needs up front.
 */
public record TradeRoute(TradeHub from, TradeHub to, int jumps, List<TradeItem> items, Isk profit,
                         Isk iskPerJump, double cargoUsed, Isk iskNeeded) {
    public TradeRoute {
        Require.present(from, "from");
        Require.present(to, "to");
        items = Require.list(items, "items");
    }

    public double profitPerM3() {
        return cargoUsed > 0 ? profit.amount().doubleValue() / cargoUsed : 0;
    }
}
