package org.eveseat.adapter.esi.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.status.model.ChangeType;
import org.eveseat.domain.status.model.ChangelogEntry;
import org.eveseat.domain.status.model.RouteHealth;
import org.eveseat.domain.status.model.RouteStatus;
import org.eveseat.domain.status.model.ServerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiServerStatusAdapterTest {
    private static final Instant START = Instant.parse("2026-11-20T11:02:11Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiServerStatusAdapter adapter = new EsiServerStatusAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theServerStatusIsReadOnceUntilItExpires() {
        harness.esi().ledger().publicData().status(new org.eveseat.fake.ledger.ServerStatus(31_204, "3021456",
                START, true));

        var first = adapter.status();

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(new ServerStatus(31_204, "3021456", START, true),
                first.expires()));
        assertThat(adapter.status()).isEqualTo(new EsiResult.NotDue<>(first.expires()));
        assertThat(harness.esi().requestCount("/status")).isEqualTo(1);
    }

    @Test
    void aStatusWithoutVipModeIsNotInVipMode() {
        harness.esi().ledger().publicData().status(new org.eveseat.fake.ledger.ServerStatus(0, "3021456", START,
                null));

        assertThat(fresh(adapter.status()).vip()).isFalse();
    }

    @Test
    void everyRouteOfEsiReportsItsHealth() {
        List<RouteHealth> routes = fresh(adapter.routeHealth());

        assertThat(routes).hasSize(harness.esi().routes().size())
                .contains(new RouteHealth("GET", "/status", RouteStatus.OK),
                        new RouteHealth("POST", "/universe/ids", RouteStatus.OK))
                .allSatisfy(route -> assertThat(route.usable()).isTrue());
    }

    @Test
    void theCompatibilityDateWeSendIsOneEsiAcceptsAndUnchangedDatesAreAnswered304() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var first = adapter.compatibilityDates();
        harness.clock().advance(Duration.between(harness.clock().instant(), first.expires()).plusSeconds(1));

        assertThat(fresh(first)).hasSize(7).startsWith(LocalDate.of(2020, 1, 1))
                .endsWith(LocalDate.parse(EsiSettings.COMPATIBILITY_DATE));
        assertThat(adapter.compatibilityDates()).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/meta/compatibility-dates")).isEqualTo(2);
    }

    @Test
    void theChangelogIsOneListNewestFirst() {
        List<ChangelogEntry> changes = fresh(adapter.changelog());

        assertThat(changes).containsExactly(
                new ChangelogEntry(LocalDate.of(2026, 5, 19), "GET", "/sovereignty/systems", ChangeType.NEW,
                        "New route listing who holds each solar system."),
                new ChangelogEntry(LocalDate.of(2025, 9, 30), "POST",
                        "/route/{origin_system_id}/{destination_system_id}", ChangeType.BREAKING,
                        "Route calculation moved to POST with a JSON body."));
        assertThat(changes.get(1).breaking()).isTrue();
    }

    private static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
