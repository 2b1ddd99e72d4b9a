package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eveseat.fake.ledger.PilotState;
import org.eveseat.fake.ledger.Sde;
import org.junit.jupiter.api.Test;

/** The location, ship, online and skills routes answer the ledger's pilot, consistently and as a test sets it. */
class FakePilotRoutesTest extends FakeEsiTestSupport {

    @Test
    void generatedPilotsAreConsistent() {
        for (long pilot = 90000001L; pilot < 90000031L; pilot++) {
            PilotState state = PilotState.generate(pilot, Instant.parse("2026-12-07T12:00:00Z"));
            if (state.location().stationId() != null) {
                assertThat(Sde.get().stations().get(state.location().stationId()).systemId())
                        .isEqualTo(state.location().solarSystemId());
            }
            assertThat(state.skills().totalSp()).isEqualTo(state.skills().skills().stream()
                    .mapToLong(PilotState.Skill::skillpointsInSkill).sum());
            assertThat(state.online().online() ? state.online().lastLogout().isBefore(state.online().lastLogin())
                    : state.online().lastLogout().isAfter(state.online().lastLogin())).isTrue();
        }
    }

    @Test
    void theRoutesAnswerWhatATestSets() {
        esi.ledger().character(PILOT).pilotState(new PilotState(
                new PilotState.Location(30000142L, 60003760L, null),
                new PilotState.Ship(1000000016991L, "Scout", 587L),
                new PilotState.Online(Instant.parse("2026-12-07T10:00:00Z"), null, 12, true),
                new PilotState.Skills(List.of(new PilotState.Skill(5, 3300L, 256000L, 5)), 256000L, null)));

        assertThat(object(get("/characters/" + PILOT + "/location")))
                .isEqualTo(Map.of("solar_system_id", 30000142L, "station_id", 60003760L));
        assertThat(object(get("/characters/" + PILOT + "/ship"))).containsEntry("ship_name", "Scout")
                .containsEntry("ship_type_id", 587L);
        assertThat(object(get("/characters/" + PILOT + "/online"))).containsEntry("online", true)
                .containsEntry("last_login", "2026-12-07T10:00:00Z").doesNotContainKey("last_logout");
        assertThat(object(get("/characters/" + PILOT + "/skills"))).containsEntry("total_sp", 256000L)
                .doesNotContainKey("unallocated_sp");
        assertThat(header(get("/characters/" + PILOT + "/location"), "Cache-Control")).contains("max-age=5");
    }
}
