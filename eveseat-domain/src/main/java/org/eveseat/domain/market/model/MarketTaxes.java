package org.eveseat.domain.market.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The NPC station market's rates since 19 October 2021 (CCP, "Restructuring Taxes After Relief"; the formula as
 * in CCP's support article "Broker Fee and Sales Tax"), in percent:
 * broker fee = 3 - 0.3 x Broker Relations - 0.03 x faction standing - 0.02 x corporation standing, at least 1;
 * sales tax = 8 x (1 - 0.11 x Accounting); relist fee = (50 - 5 x Advanced Broker Relations)% of the broker fee.
 * Standings are the unmodified ones with the station owner's corporation and its faction.
 */
public final class MarketTaxes {
    static final BigDecimal BASE_BROKER_FEE = new BigDecimal("3");
    static final BigDecimal MIN_BROKER_FEE = BigDecimal.ONE;
    static final BigDecimal BASE_SALES_TAX = new BigDecimal("8");

    private MarketTaxes() {
    }

    public static BigDecimal brokerFeePercent(int brokerRelations, double factionStanding, double corporationStanding) {
        BigDecimal fee = BASE_BROKER_FEE.subtract(new BigDecimal("0.3").multiply(BigDecimal.valueOf(brokerRelations)))
                .subtract(new BigDecimal("0.03").multiply(BigDecimal.valueOf(factionStanding)))
                .subtract(new BigDecimal("0.02").multiply(BigDecimal.valueOf(corporationStanding)));
        return fee.max(MIN_BROKER_FEE).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    public static BigDecimal salesTaxPercent(int accounting) {
        return BASE_SALES_TAX.multiply(BigDecimal.ONE.subtract(new BigDecimal("0.11")
                .multiply(BigDecimal.valueOf(accounting)))).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    public static BigDecimal relistFeePercent(BigDecimal brokerFeePercent, int advancedBrokerRelations) {
        BigDecimal share = new BigDecimal("0.5").subtract(new BigDecimal("0.05")
                .multiply(BigDecimal.valueOf(advancedBrokerRelations)));
        return brokerFeePercent.multiply(share).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
