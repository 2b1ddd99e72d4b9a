package org.eveseat.domain.status.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class StatusModelTest {
    @Test
    void routeStatusesAreSpelledAsEsiDoesAndUnknownOnesReadAsUnknown() {
        assertThat(RouteStatus.fromEsi("Degraded")).isEqualTo(RouteStatus.DEGRADED);
        assertThat(RouteStatus.fromEsi("OK")).isEqualTo(RouteStatus.OK);
        assertThat(RouteStatus.fromEsi("Maintenance")).isEqualTo(RouteStatus.UNKNOWN);
        assertThat(RouteStatus.DOWN.esiValue()).isEqualTo("Down");
    }

    @Test
    void onlyHealthyOrRecoveringRoutesAreWorthCalling() {
        assertThat(health(RouteStatus.OK).usable()).isTrue();
        assertThat(health(RouteStatus.RECOVERING).usable()).isTrue();
        assertThat(health(RouteStatus.DOWN).usable()).isFalse();
        assertThat(health(RouteStatus.UNKNOWN).usable()).isFalse();
        assertThatThrownBy(() -> new RouteHealth("GET", "", RouteStatus.OK)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void breakingAndRemovedRoutesAreBreakingChanges() {
        assertThat(change(ChangeType.BREAKING).breaking()).isTrue();
        assertThat(change(ChangeType.REMOVED).breaking()).isTrue();
        assertThat(change(ChangeType.NEW).breaking()).isFalse();
        assertThat(ChangeType.fromEsi("renamed")).isEqualTo(ChangeType.UNKNOWN);
    }

    @Test
    void theServerStatusNeedsItsVersionAndStart() {
        assertThat(new ServerStatus(23_000, "2934151", Instant.parse("2026-08-04T11:02:00Z"), false).players())
                .isEqualTo(23_000);
        assertThatThrownBy(() -> new ServerStatus(-1, "2934151", Instant.now(), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ServerStatus(0, null, Instant.now(), false))
                .isInstanceOf(RuleViolationException.class);
    }

    private static RouteHealth health(RouteStatus status) {
        return new RouteHealth("GET", "/characters/{character_id}/wallet", status);
    }

    private static ChangelogEntry change(ChangeType type) {
        return new ChangelogEntry(LocalDate.of(2025, 9, 30), "POST", "/route/{origin_system_id}/{destination_system_id}",
                type, "Route calculation moved to POST with a JSON body.");
    }
}
