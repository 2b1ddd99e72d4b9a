package org.eveseat.adapter.web.rest.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class NumberLimitsTest {
    @Test
    void everyDayAmountIsRead() {
        assertThat(NumberLimits.parse("1500000000.25", "minAmount")).isEqualByComparingTo("1500000000.25");
        assertThat(NumberLimits.parse("-2.5e9", "minAmount")).isEqualByComparingTo(new BigDecimal("-2500000000"));
    }

    @Test
    void hugeExponentsLongNumbersAndTextAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> NumberLimits.parse("1e1000000000", "minAmount"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("minAmount is out of range");
        assertThatThrownBy(() -> NumberLimits.parse("1".repeat(1100), "minAmount"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("1100 characters");
        assertThatThrownBy(() -> NumberLimits.parse("lots", "minAmount"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("minAmount must be a number");
    }
}
