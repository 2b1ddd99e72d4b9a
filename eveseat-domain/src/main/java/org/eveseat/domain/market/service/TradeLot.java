package org.eveseat.domain.market.service;

import org.eveseat.domain.shared.TypeId;

/**
 * Units of one type that can be bought at one price at the source and sold at one price at the destination:
 * {@code cost} is paid per unit, {@code price} got per unit before fees, {@code kept} after them.
 */
record TradeLot(TypeId typeId, long quantity, double cost, double price, double kept, double unitVolume) {
    double unitProfit() {
        return kept - cost;
    }

    /**
     * Profit per share of the scarcer resource one unit takes (cargo or ISK, each as a part of what is there),
     * so that a greedy fill by it favours what earns most from whichever limit binds.
     */
    double score(double cargo, double isk) {
        double use = Math.max(unitVolume / cargo, cost / isk);
        return use > 0 ? unitProfit() / use : unitProfit() * 1e18;
    }
}
