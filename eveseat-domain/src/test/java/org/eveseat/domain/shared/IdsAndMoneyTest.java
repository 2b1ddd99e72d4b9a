package org.eveseat.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsAndMoneyTest {
    @Test
    void characterIdsAreParsedStrictly() {
        assertThat(CharacterId.parse("2112625428")).isEqualTo(new CharacterId(2112625428L));
        assertThat(CharacterId.parse("3000000000").value()).as("ids past 32 bits").isEqualTo(3_000_000_000L);
        assertThatThrownBy(() -> CharacterId.parse("abc")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'abc'");
        assertThatThrownBy(() -> CharacterId.parse("0")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CharacterId.parse("-5")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void iskKeepsTwoDecimalsAndComparesByValue() {
        assertThat(Isk.of("29500.01").amount().toPlainString()).isEqualTo("29500.01");
        assertThat(Isk.of("1.005")).isEqualTo(Isk.of("1.00"));
        assertThat(Isk.of("7")).isEqualTo(Isk.of("7.00"));
        assertThatThrownBy(() -> new Isk(null)).isInstanceOf(RuleViolationException.class);
    }
}
