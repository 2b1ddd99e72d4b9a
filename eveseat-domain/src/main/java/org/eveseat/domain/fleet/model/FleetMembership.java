package org.eveseat.domain.fleet.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/** The fleet a character is in now, who runs it, and the character's position in it. */
public record FleetMembership(long fleetId, CharacterId fleetBossId, FleetPosition position) {
    public FleetMembership {
        Require.positive(fleetId, "fleet id");
        Require.present(fleetBossId, "fleet boss");
        Require.present(position, "fleet position");
    }
}
