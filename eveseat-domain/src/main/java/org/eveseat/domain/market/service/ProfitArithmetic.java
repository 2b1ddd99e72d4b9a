package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalLong;

import org.eveseat.domain.market.model.AppliedTaxes;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.shared.Isk;

/**
 * The calculator's sums, exact until the end: broker fee on each side done by order (at that station's rate),
 * sales tax on the sale, profit = sale - purchase - fees - tax; the per-unit, per-m3 and per-day figures divide the
 * exact profit, and only the results are rounded to cents.
 */
final class ProfitArithmetic {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private ProfitArithmetic() {
    }

    static ProfitCalculation calculate(Isk buyPrice, TradeMode buyAs, Isk sellPrice, TradeMode sellAs, long quantity,
                                       double cargoVolume, OptionalLong dailyVolume, AppliedTaxes taxes) {
        BigDecimal units = BigDecimal.valueOf(quantity);
        BigDecimal bought = buyPrice.amount().multiply(units);
        BigDecimal sold = sellPrice.amount().multiply(units);
        BigDecimal buyFee = buyAs == TradeMode.ORDER ? percentOf(bought, taxes.buyBrokerFeePercent()) : BigDecimal.ZERO;
        BigDecimal sellFee = sellAs == TradeMode.ORDER ? percentOf(sold, taxes.sellBrokerFeePercent()) : BigDecimal.ZERO;
        BigDecimal tax = percentOf(sold, taxes.salesTaxPercent());
        BigDecimal profit = sold.subtract(bought).subtract(buyFee).subtract(sellFee).subtract(tax);
        BigDecimal perUnit = profit.divide(units, EXACT_ENOUGH);
        BigDecimal margin = profit.multiply(HUNDRED).divide(sold, 2, RoundingMode.HALF_EVEN);
        Isk perM3 = cargoVolume > 0 ? new Isk(perUnit.divide(BigDecimal.valueOf(cargoVolume), EXACT_ENOUGH)) : null;
        Long daily = dailyVolume.isPresent() ? dailyVolume.getAsLong() : null;
        Isk perDay = daily == null ? null : new Isk(perUnit.multiply(BigDecimal.valueOf(Math.min(quantity, daily))));
        return new ProfitCalculation(buyPrice, sellPrice, new Isk(buyFee.add(sellFee)), new Isk(tax),
                new Isk(perUnit), margin, new Isk(profit), perM3, daily, perDay, taxes);
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, EXACT_ENOUGH);
    }
}
