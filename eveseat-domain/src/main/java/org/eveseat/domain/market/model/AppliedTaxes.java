package org.eveseat.domain.market.model;

import java.math.BigDecimal;

import org.eveseat.domain.shared.Require;

/**
 * The rates a calculation used, in percent: the broker fee at the buying and at the selling station (standings
 * differ per station owner), the sales tax, the relist fee of one price change of the sell order, and their source.
 */
public record AppliedTaxes(BigDecimal buyBrokerFeePercent, BigDecimal sellBrokerFeePercent,
                           BigDecimal salesTaxPercent, BigDecimal relistFeePercent, TaxSource source) {
    public AppliedTaxes {
        Require.present(buyBrokerFeePercent, "buy broker fee");
        Require.present(sellBrokerFeePercent, "sell broker fee");
        Require.present(salesTaxPercent, "sales tax");
        Require.present(relistFeePercent, "relist fee");
        Require.present(source, "tax source");
    }
}
