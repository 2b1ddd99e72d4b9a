package org.eveseat.adapter.esi.fleet;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdFleet;
import org.eveseat.adapter.esi.common.dto.FleetsFleetIdMembers;
import org.eveseat.adapter.esi.common.dto.FleetsFleetId;
import org.eveseat.domain.fleet.model.FleetInfo;
import org.eveseat.domain.fleet.model.FleetMember;
import org.eveseat.domain.fleet.model.FleetMembership;
import org.eveseat.domain.fleet.model.FleetPosition;
import org.eveseat.domain.fleet.model.FleetRole;
import org.eveseat.domain.fleet.model.FleetWing;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** ESI's fleet bodies onto the domain model. */
final class FleetMapper {
    private FleetMapper() {
    }

    static FleetMembership toDomain(CharactersCharacterIdFleet dto) {
        return new FleetMembership(dto.fleetId(), new CharacterId(dto.fleetBossId()),
                position(dto.role(), dto.wingId(), dto.squadId()));
    }

    static FleetInfo toDomain(FleetsFleetId dto) {
        return new FleetInfo(dto.isFreeMove(), dto.isRegistered(), dto.isVoiceEnabled(), dto.motd());
    }

    static FleetMember toDomain(FleetsFleetIdMembers dto) {
        return new FleetMember(new CharacterId(dto.characterId()), position(dto.role(), dto.wingId(), dto.squadId()),
                dto.roleName(), dto.joinTime(), new TypeId(dto.shipTypeId()), new SolarSystemId(dto.solarSystemId()),
                dto.stationId(), dto.takesFleetWarp());
    }

    static FleetWing toDomain(FleetWingDto dto) {
        return new FleetWing(dto.id(), dto.name(), dto.squads().stream()
                .map(squad -> new FleetWing.Squad(squad.id(), squad.name())).toList());
    }

    /** ESI says -1 where the role has no wing or squad; the domain says null. */
    private static FleetPosition position(String role, long wingId, long squadId) {
        return new FleetPosition(FleetRole.fromEsi(role), wingId > 0 ? wingId : null, squadId > 0 ? squadId : null);
    }
}
