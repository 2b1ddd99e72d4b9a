package org.eveseat.adapter.esi.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.intel.model.Faction;
import org.eveseat.domain.intel.model.WarzoneStatus;
import org.eveseat.domain.intel.model.WarzoneSystem;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operation added through the table alone: the spec's group and cache time reach both the gateway and the fake. */
class EsiWarzoneAdapterTest {
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiWarzoneAdapter adapter = new EsiWarzoneAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void systemsMapTheirHoldersAndStatus() {
        harness.esi().ledger().publicData().warzone().add(new org.eveseat.fake.ledger.WarzoneSystem(30002057L,
                500004L, 500004L, "a status ESI added later", 10, 3000));

        var result = (EsiResult.Fresh<List<WarzoneSystem>>) adapter.systems();

        assertThat(result.value()).containsExactly(
                new WarzoneSystem(new SolarSystemId(30002813L), 500001L, 500001L, WarzoneStatus.CONTESTED, 1200, 3000),
                new WarzoneSystem(new SolarSystemId(30003067L), 500004L, 500001L, WarzoneStatus.CAPTURED, 0, 3000),
                new WarzoneSystem(new SolarSystemId(30002057L), 500004L, 500004L, WarzoneStatus.UNKNOWN, 10, 3000));
    }

    @Test
    void theSpecsHalfHourCacheHoldsThenAnUnchangedListIsA304() {
        var first = adapter.systems();
        assertThat(Duration.between(harness.clock().instant(), first.expires()))
                .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        assertThat(adapter.systems()).isInstanceOf(EsiResult.NotDue.class);

        harness.clock().advance(Duration.ofMinutes(31));

        assertThat(adapter.systems()).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/fw/systems")).isEqualTo(2);
    }

    @Test
    void factionsAreNamedAndTheirListExpiresAtTheDailyDowntime() {
        var result = (EsiResult.Fresh<List<Faction>>) adapter.factions();

        assertThat(result.value()).contains(new Faction(500001L, "Caldari State"), new Faction(500004L,
                "Gallente Federation"));
        Instant expires = result.expires();
        assertThat(expires.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(11, 5));
        assertThat(Duration.between(harness.clock().instant(), expires)).isLessThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void theCallIsChargedToTheSpecsRateLimitGroup() {
        adapter.systems();

        assertThat(harness.budget().tokensUsedByGroup()).containsEntry("factional-warfare", 2);
    }
}
