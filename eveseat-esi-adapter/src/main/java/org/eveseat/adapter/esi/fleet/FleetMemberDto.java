package org.eveseat.adapter.esi.fleet;

import java.time.Instant;

/** A fleet member as ESI sends it; -1 for the wing or squad its role has none of. */
public record FleetMemberDto(long characterId, String role, long wingId, long squadId, String roleName,
                             Instant joinTime, long shipTypeId, long solarSystemId, Long stationId,
                             boolean takesFleetWarp) {
}
