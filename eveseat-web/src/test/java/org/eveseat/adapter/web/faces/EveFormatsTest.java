package org.eveseat.adapter.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.junit.jupiter.api.Test;

class EveFormatsTest {
    private final EveFormats eve = new EveFormats();

    @Test
    void timesAreEveTimeWhateverTheServersZone() {
        assertThat(eve.time(Instant.parse("2026-12-01T21:45:07Z"))).isEqualTo("2026.12.01 21:45:07");
        assertThat(eve.time(null)).isEqualTo("—");
        assertThat(eve.time(Instant.EPOCH)).as("the budget's 'never'").isEqualTo("—");
    }

    @Test
    void iskHasThousandsSeparatorsAndCents() {
        assertThat(eve.isk(Isk.of("1234567.891"))).isEqualTo("1,234,567.89 ISK");
        assertThat(eve.isk(Isk.of("-5"))).isEqualTo("-5.00 ISK");
        assertThat(eve.isk(null)).isEqualTo("—");
    }

    @Test
    void countsAndShares() {
        assertThat(eve.count(4_321_000)).isEqualTo("4,321,000");
        assertThat(eve.percent(0.4567)).isEqualTo("45.7 %");
        assertThat(eve.percent(0)).isEqualTo("0.0 %");
    }
}
