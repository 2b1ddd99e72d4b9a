package org.eveseat.domain.fleet.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.fleet.model.FleetInfo;
import org.eveseat.domain.fleet.model.FleetMember;
import org.eveseat.domain.fleet.model.FleetMembership;
import org.eveseat.domain.fleet.model.FleetWing;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Fleets on ESI, for fleet tracking and participation: the fleet a character is in, and, with the fleet boss's
 * token, the fleet's settings, members and wings. ESI answers 404 when the character is in no fleet, which the
 * implementation reports as {@code NotFoundException}.
 */
public interface FleetEsi {
    EsiResult<FleetMembership> membership(CharacterId characterId, AccessToken token);

    EsiResult<FleetInfo> fleet(long fleetId, AccessToken token);

    EsiResult<List<FleetMember>> members(long fleetId, AccessToken token);

    EsiResult<List<FleetWing>> wings(long fleetId, AccessToken token);
}
