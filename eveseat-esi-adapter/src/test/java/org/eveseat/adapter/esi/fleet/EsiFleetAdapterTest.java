package org.eveseat.adapter.esi.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.fleet.model.FleetMember;
import org.eveseat.domain.fleet.model.FleetMembership;
import org.eveseat.domain.fleet.model.FleetRole;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fleet reads as operations of the table against the fake ESI serving the same operations: the fleet group and
 * cache times of the spec, and a character in no fleet as ESI's 404, remembered by the gateway.
 */
class EsiFleetAdapterTest {
    private static final long BOSS = 2112625428L;
    private static final long FLEET = 1234567890L;
    private static final String READ_FLEET = "esi-fleets.read_fleet.v1";

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiFleetAdapter adapter = new EsiFleetAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theBossReadsItsFleetAndItsMembersOnTheFleetGroup() {
        harness.esi().route(EsiRoute.of("GET /characters/{character_id}/fleet").answer(request -> Map.of(
                "fleet_id", FLEET, "fleet_boss_id", BOSS, "role", "fleet_commander", "wing_id", -1, "squad_id", -1)));
        harness.esi().route(EsiRoute.of("GET /fleets/{fleet_id}/members").answer(request -> List.of(Map.of(
                "character_id", BOSS, "role", "fleet_commander", "wing_id", -1, "squad_id", -1,
                "role_name", "Fleet Commander (Boss)", "join_time", "2026-12-07T18:00:00Z", "ship_type_id", 33328,
                "solar_system_id", 30000142, "takes_fleet_warp", true))));

        var membership = adapter.membership(new CharacterId(BOSS), token());
        var members = adapter.members(FLEET, token());

        assertThat(((EsiResult.Fresh<FleetMembership>) membership).value().fleetId()).isEqualTo(FLEET);
        assertThat(((EsiResult.Fresh<List<FleetMember>>) members).value()).singleElement()
                .satisfies(member -> assertThat(member.position().role()).isEqualTo(FleetRole.FLEET_COMMANDER));
        assertThat(adapter.members(FLEET, token())).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.budget().tokensUsedByGroup()).containsKey("fleet");
    }

    @Test
    void aCharacterInNoFleetIsAMissThatIsNotAskedAgainWithinItsCacheTime() {
        int[] asked = {0};
        harness.esi().route(EsiRoute.of("GET /characters/{character_id}/fleet").answer(request -> {
            asked[0]++;
            throw HttpError.esi(404, "Character is not in a fleet");
        }));

        assertThatThrownBy(() -> adapter.membership(new CharacterId(BOSS), token()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> adapter.membership(new CharacterId(BOSS), token()))
                .isInstanceOf(NotFoundException.class);
        assertThat(asked[0]).isEqualTo(1);
    }

    private AccessToken token() {
        return harness.token(BOSS, Set.of(READ_FLEET));
    }
}
