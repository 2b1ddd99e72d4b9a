package org.eveseat.domain.market.model;

/** The order of trade routes, best first: total profit, profit per jump, or profit per m3 of cargo used. */
public enum TradeRouteSort {
    PROFIT, ISK_PER_JUMP, PROFIT_PER_M3
}
