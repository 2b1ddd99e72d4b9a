package org.eveseat.adapter.esi.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.PilotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EsiPilotLocationAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final CharacterId ID = new CharacterId(PILOT);
    private static final Set<String> SCOPES = Set.of(PilotLocationEsi.READ_LOCATION, PilotLocationEsi.READ_SHIP_TYPE,
            PilotLocationEsi.READ_ONLINE);

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiPilotLocationAdapter adapter = new EsiPilotLocationAdapter(harness.settings(), harness.gateway());

    @BeforeEach
    void dockInAStructure() {
        harness.esi().ledger().character(PILOT).pilotState(new PilotState(
                new PilotState.Location(30000144L, null, 1_035_466_617_946L),
                new PilotState.Ship(1000000016991L, "Scout", 587L),
                new PilotState.Online(Instant.parse("2026-12-07T10:00:00Z"), null, 12, true),
                new PilotState.Skills(List.of(), 0, null)));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void locationShipAndOnlineAreRead() {
        assertThat(fresh(adapter.location(ID, harness.token(PILOT, SCOPES))))
                .isEqualTo(new PilotLocation(new SolarSystemId(30000144L), null, 1_035_466_617_946L));
        assertThat(fresh(adapter.ship(ID, harness.token(PILOT, SCOPES))))
                .isEqualTo(new PilotShip(new TypeId(587), 1000000016991L, "Scout"));
        assertThat(fresh(adapter.online(ID, harness.token(PILOT, SCOPES))))
                .isEqualTo(new PilotOnline(true, Instant.parse("2026-12-07T10:00:00Z"), null, 12));
    }

    @Test
    void theLocationIsCachedFiveSecondsAndOnlineAMinute() {
        var location = adapter.location(ID, harness.token(PILOT, SCOPES));
        var online = adapter.online(ID, harness.token(PILOT, SCOPES));

        assertThat(Duration.between(harness.clock().instant(), location.expires())).isBetween(
                Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(Duration.between(harness.clock().instant(), online.expires())).isBetween(
                Duration.ofSeconds(50), Duration.ofSeconds(60));
        assertThat(adapter.location(ID, harness.token(PILOT, SCOPES))).isInstanceOf(EsiResult.NotDue.class);
        harness.clock().advance(Duration.ofSeconds(6));
        assertThat(adapter.location(ID, harness.token(PILOT, SCOPES))).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/location")).isEqualTo(2);
    }

    @Test
    void eachReadNeedsItsOwnScope() {
        assertThatThrownBy(() -> adapter.ship(ID, harness.token(PILOT, Set.of(PilotLocationEsi.READ_LOCATION))))
                .isInstanceOf(NotPermittedException.class);
    }

    private static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
