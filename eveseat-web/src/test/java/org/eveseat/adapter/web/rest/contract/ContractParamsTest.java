package org.eveseat.adapter.web.rest.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContractParamsTest {
    @Test
    void durationsUpToAHundredYearsAreRead() {
        assertThat(ContractParams.duration("P2D", "expiringWithin")).isEqualTo(Duration.ofDays(2));
        assertThat(ContractParams.duration("P36500D", "expiringWithin")).isEqualTo(Duration.ofDays(36_500));
    }

    @Test
    void durationsBeyondTheDatabaseOrNegativeAreRefused() {
        assertThatThrownBy(() -> ContractParams.duration("P99999999999D", "expiringWithin"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("expiringWithin must be between");
        assertThatThrownBy(() -> ContractParams.duration("-P1D", "expiringWithin"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ContractParams.duration("P9999999999999999999D", "expiringWithin"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("ISO-8601 duration");
    }
}
