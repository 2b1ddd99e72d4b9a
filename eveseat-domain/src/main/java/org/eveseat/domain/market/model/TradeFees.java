package org.eveseat.domain.market.model;

import java.math.BigDecimal;

import org.eveseat.domain.shared.Require;

/**
 * The broker fee (paid when an order is placed) and the sales tax (paid on each sale), in percent of the price.
 * The defaults are an untrained character's at an NPC station of a corporation it has no standing with, from the
 * same rates as the profit calculator's ({@link MarketTaxes}); a caller that knows the character's skills and
 * standings passes its own.
 */
public record TradeFees(BigDecimal brokerFeePercent, BigDecimal salesTaxPercent) {
    public static final TradeFees DEFAULT = new TradeFees(MarketTaxes.brokerFeePercent(0, 0, 0),
            MarketTaxes.salesTaxPercent(0));

    public TradeFees {
        Require.present(brokerFeePercent, "broker fee");
        Require.present(salesTaxPercent, "sales tax");
        Require.between(brokerFeePercent.doubleValue(), 0, 100, "broker fee percent");
        Require.between(salesTaxPercent.doubleValue(), 0, 100, "sales tax percent");
    }

    /** What is left of one ISK of sales after tax (and after the broker fee when the sale is an order placed). */
    public double kept(TradeMode mode) {
        double fees = salesTaxPercent.doubleValue() + (mode == TradeMode.ORDER ? brokerFeePercent.doubleValue() : 0);
        return 1 - fees / 100;
    }
}
