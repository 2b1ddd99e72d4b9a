package org.eveseat.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequireTest {
    @Test
    void numbersOutsideTheirRangeNameTheField() {
        assertThatThrownBy(() -> Require.positive(0, "mail id")).isInstanceOf(RuleViolationException.class)
                .hasMessage("mail id must be positive, was 0");
        assertThatThrownBy(() -> Require.notNegative(-1, "count")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Require.between(6, 0, 5, "level")).hasMessageContaining("between 0 and 5");
        assertThatThrownBy(() -> Require.between(Double.NaN, -10.0, 10.0, "standing"))
                .isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> Require.positiveIfPresent(null, "wing id")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Require.positiveIfPresent(-1L, "wing id")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void textIsRequiredNotBlankAndBounded() {
        assertThatThrownBy(() -> Require.text(null, 40, "name")).hasMessage("name is required");
        assertThatThrownBy(() -> Require.text("  ", 40, "name")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Require.text("x".repeat(41), 40, "name")).hasMessageContaining("at most 40");
        assertThatCode(() -> Require.text("x".repeat(40), 40, "name")).doesNotThrowAnyException();
    }

    @Test
    void collectionsAreCopiedAndMissingOnesAreEmpty() {
        List<Long> source = new ArrayList<>(List.of(1L, 2L));
        List<Long> copy = Require.list(source, "ids");
        source.add(3L);
        assertThat(copy).containsExactly(1L, 2L);
        assertThatThrownBy(() -> copy.add(4L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Require.list(null, "ids")).isEmpty();
        assertThat(Require.set(List.of(1L, 1L, 2L), 1, 2, "ids")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void collectionsRejectNullsAndWrongSizes() {
        assertThatThrownBy(() -> Require.list(Arrays.asList(1L, null), "ids"))
                .isInstanceOf(RuleViolationException.class).hasMessage("ids must not contain null");
        assertThatThrownBy(() -> Require.list(List.of(), 1, 50, "recipients"))
                .hasMessageContaining("number of recipients");
        assertThatThrownBy(() -> Require.set(null, 1, 20, "contact ids")).isInstanceOf(RuleViolationException.class);
    }
}
