package org.eveseat.domain.market.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class MarketModelTest {
    private static final TypeId PLEX = new TypeId(44992);

    @Test
    void ordersAreFilteredBySideOnlyForOneType() {
        assertThat(OrderFilter.all().typeId()).isNull();
        assertThat(OrderFilter.of(OrderSide.SELL, PLEX).side().esiValue()).isEqualTo("sell");
        assertThatThrownBy(() -> new OrderFilter(OrderSide.BUY, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> OrderFilter.of(OrderSide.ALL, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void rangesInJumpsAreSpelledAsNumbers() {
        assertThat(OrderRange.fromEsi("5")).isEqualTo(OrderRange.JUMPS_5);
        assertThat(OrderRange.fromEsi("solarsystem")).isEqualTo(OrderRange.SOLAR_SYSTEM);
        assertThat(OrderRange.JUMPS_40.esiValue()).isEqualTo("40");
        assertThat(OrderRange.fromEsi("")).as("never a range ESI sends").isEqualTo(OrderRange.UNKNOWN);
    }

    @Test
    void ordersAndHistoryNeedTheirRequiredParts() {
        assertThat(order(10).volumeTotal()).isEqualTo(10);
        assertThatThrownBy(() -> order(0)).isInstanceOf(RuleViolationException.class);
        assertThat(new MarketHistoryDay(LocalDate.of(2026, 8, 1), Isk.of("5"), Isk.of("6"), Isk.of("4"), 10, 2)
                .date()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> new MarketHistoryDay(null, Isk.of("5"), Isk.of("6"), Isk.of("4"), 10, 2))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new MarketPrice(PLEX, null, null).averagePrice()).isNull();
    }

    private static MarketOrder order(long volumeTotal) {
        return new MarketOrder(6_000_000_001L, PLEX, false, Isk.of("4500000"), volumeTotal, volumeTotal, 1,
                OrderRange.REGION, 60003760, new SolarSystemId(30000142), Instant.parse("2026-08-01T10:00:00Z"),
                90);
    }
}
