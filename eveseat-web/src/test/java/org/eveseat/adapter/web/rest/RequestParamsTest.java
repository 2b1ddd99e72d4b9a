package org.eveseat.adapter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class RequestParamsTest {
    @Test
    void datesAndInstantsInYearsOneToNineThousandNineHundredNinetyNineAreRead() {
        assertThat(RequestParams.instant("2026-05-01", "from")).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(RequestParams.instant("9999-12-31T23:59:59Z", "to")).isNotNull();
        assertThat(RequestParams.instant("", "from")).isNull();
    }

    @Test
    void instantsTheDatabaseCannotHoldAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RequestParams.instant("+1000000000-01-01T00:00:00Z", "from"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("from must lie in the years 1 to 9999");
        assertThatThrownBy(() -> RequestParams.instant("-0001-01-01T00:00:00Z", "to"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("to must lie in the years");
    }

    @Test
    void idsMustBePositive() {
        assertThatThrownBy(() -> RequestParams.id("-5", "mail id")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("mail id must be a positive number");
        assertThatThrownBy(() -> RequestParams.id("0", "mail id")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void pageSizesAreBounded() {
        assertThat(RequestParams.limit(null, 50, 1000)).isEqualTo(50);
        assertThat(RequestParams.limit("1000", 50, 1000)).isEqualTo(1000);
        assertThatThrownBy(() -> RequestParams.limit("1001", 50, 1000)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("limit must be between 1 and 1000");
        assertThatThrownBy(() -> RequestParams.limit("-1", 50, 1000)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RequestParams.limit("abc", 50, 1000)).isInstanceOf(RuleViolationException.class);
    }
}
