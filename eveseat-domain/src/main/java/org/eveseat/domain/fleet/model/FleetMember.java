package org.eveseat.domain.fleet.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** A fleet member: its position, ship and whereabouts ({@code stationId} null in space). */
public record FleetMember(CharacterId characterId, FleetPosition position, String roleName, Instant joinTime,
                          TypeId shipTypeId, SolarSystemId solarSystemId, Long stationId, boolean takesFleetWarp) {
    public FleetMember {
        Require.present(characterId, "member");
        Require.present(position, "fleet position");
        Require.present(joinTime, "join time");
        Require.present(shipTypeId, "ship type");
        Require.present(solarSystemId, "solar system");
        Require.positiveIfPresent(stationId, "station id");
    }
}
