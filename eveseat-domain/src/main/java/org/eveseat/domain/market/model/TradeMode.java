package org.eveseat.domain.market.model;

/**
 * How the hauled goods are sold at the destination. Both buy from the source's sell orders at once.
 * IMMEDIATE sells into the destination's buy orders (sales tax only, limited by what those orders still want);
 * ORDER lists a sell order one cent under the destination's lowest sell order (broker fee and sales tax; how
 * soon it sells depends on the market, so only the source's supply limits the quantity).
 */
public enum TradeMode {
    IMMEDIATE, ORDER
}
