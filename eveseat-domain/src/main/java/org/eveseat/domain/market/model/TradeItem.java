package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One type hauled on a route: how many units, the average price paid at the source and got at the destination
 * (before fees), the profit after fees, and the cargo it takes.
 */
public record TradeItem(TypeId typeId, String typeName, long quantity, Isk buyPrice, Isk sellPrice, Isk profit,
                        Isk profitPerUnit, double volumeM3, Isk profitPerM3) {
    public TradeItem {
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
    }
}
