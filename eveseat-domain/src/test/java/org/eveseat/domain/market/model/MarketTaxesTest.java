package org.eveseat.domain.market.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rates of CCP's October 2021 tax structure, computed by hand. */
class MarketTaxesTest {
    @Test
    void brokerFeeFallsWithBrokerRelationsAndStandingsDownToOnePercent() {
        assertThat(MarketTaxes.brokerFeePercent(0, 0, 0)).isEqualByComparingTo("3");
        assertThat(MarketTaxes.brokerFeePercent(5, 0, 0)).isEqualByComparingTo("1.5");
        assertThat(MarketTaxes.brokerFeePercent(5, 2.0, 1.5)).as("3 - 1.5 - 0.06 - 0.03").isEqualByComparingTo("1.41");
        assertThat(MarketTaxes.brokerFeePercent(5, 10, 10)).as("the floor").isEqualByComparingTo("1");
        assertThat(MarketTaxes.brokerFeePercent(0, -5, -5)).as("bad standings cost").isEqualByComparingTo("3.25");
        assertThat(MarketTaxes.brokerFeePercent(5, 9.99, 9.99)).as("just above it").isEqualByComparingTo("1.0005");
    }

    @Test
    void salesTaxFallsElevenPercentPerAccountingLevel() {
        assertThat(MarketTaxes.salesTaxPercent(0)).isEqualByComparingTo("8");
        assertThat(MarketTaxes.salesTaxPercent(4)).isEqualByComparingTo("4.48");
        assertThat(MarketTaxes.salesTaxPercent(5)).isEqualByComparingTo("3.6");
    }

    @Test
    void relistFeeIsHalfTheBrokerFeeLessFivePointsPerAdvancedBrokerRelationsLevel() {
        assertThat(MarketTaxes.relistFeePercent(new java.math.BigDecimal("3"), 0)).isEqualByComparingTo("1.5");
        assertThat(MarketTaxes.relistFeePercent(new java.math.BigDecimal("1.41"), 4)).isEqualByComparingTo("0.423");
        assertThat(MarketTaxes.relistFeePercent(new java.math.BigDecimal("1"), 5)).isEqualByComparingTo("0.25");
    }
}
