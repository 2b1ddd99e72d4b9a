package org.eveseat.adapter.esi.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdFleet;
import org.eveseat.adapter.esi.common.dto.FleetsFleetIdMembers;
import org.eveseat.adapter.esi.common.dto.FleetsFleetId;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.fleet.model.FleetInfo;
import org.eveseat.domain.fleet.model.FleetMember;
import org.eveseat.domain.fleet.model.FleetMembership;
import org.eveseat.domain.fleet.model.FleetPosition;
import org.eveseat.domain.fleet.model.FleetRole;
import org.eveseat.domain.fleet.model.FleetWing;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

/** The fleet bodies of the spec's examples (plus the now required {@code fleet_boss_id}) onto the domain. */
class FleetMappingTest {
    private static final long WING = 2073711261968L;
    private static final long SQUAD = 3129411261968L;

    @Test
    void theFleetCommandersMissingWingAndSquadBecomeNull() {
        FleetMembership membership = EsiJson.one(CharactersCharacterIdFleet.class, FleetMapper::toDomain).apply("""
                {"fleet_boss_id": 2112625428, "fleet_id": 1234567890, "role": "fleet_commander",
                 "squad_id": -1, "wing_id": -1}""");

        assertThat(membership).isEqualTo(new FleetMembership(1234567890L, new CharacterId(2112625428L),
                new FleetPosition(FleetRole.FLEET_COMMANDER, null, null)));
    }

    @Test
    void settingsMembersAndWingsMapField() {
        FleetInfo fleet = EsiJson.one(FleetsFleetId.class, FleetMapper::toDomain).apply("""
                {"is_free_move": true, "is_registered": false, "is_voice_enabled": true,
                 "motd": "This is an <b>awesome</b> fleet!"}""");
        List<FleetMember> members = EsiJson.list(FleetsFleetIdMembers.class, FleetMapper::toDomain).apply("""
                [{"character_id": 93265215, "join_time": "2016-04-29T12:34:56Z", "role": "squad_commander",
                  "role_name": "Squad Commander (Boss)", "ship_type_id": 33328, "solar_system_id": 30003729,
                  "squad_id": 3129411261968, "station_id": 61000180, "takes_fleet_warp": true,
                  "wing_id": 2073711261968},
                 {"character_id": 2112625428, "join_time": "2016-04-29T12:30:00Z", "role": "wing_commander",
                  "role_name": "Wing Commander", "ship_type_id": 587, "solar_system_id": 30003729,
                  "squad_id": -1, "takes_fleet_warp": false, "wing_id": 2073711261968}]""");
        List<FleetWing> wings = EsiJson.list(FleetWingDto.class, FleetMapper::toDomain).apply("""
                [{"id": 2073711261968, "name": "Wing 1", "squads": [{"id": 3129411261968, "name": "Squad 1"}]}]""");

        assertThat(fleet).isEqualTo(new FleetInfo(true, false, true, "This is an <b>awesome</b> fleet!"));
        assertThat(members).containsExactly(
                new FleetMember(new CharacterId(93265215L), new FleetPosition(FleetRole.SQUAD_COMMANDER, WING, SQUAD),
                        "Squad Commander (Boss)", Instant.parse("2016-04-29T12:34:56Z"), new TypeId(33328L),
                        new SolarSystemId(30003729L), 61000180L, true),
                new FleetMember(new CharacterId(2112625428L), new FleetPosition(FleetRole.WING_COMMANDER, WING, null),
                        "Wing Commander", Instant.parse("2016-04-29T12:30:00Z"), new TypeId(587L),
                        new SolarSystemId(30003729L), null, false));
        assertThat(wings).containsExactly(new FleetWing(WING, "Wing 1", List.of(new FleetWing.Squad(SQUAD, "Squad 1"))));
    }
}
