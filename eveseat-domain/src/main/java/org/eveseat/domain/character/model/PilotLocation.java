package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Where a pilot is, as ESI says: a solar system and, when docked, the NPC station or the player structure. */
public record PilotLocation(SolarSystemId systemId, Long stationId, Long structureId) {
    public PilotLocation {
        Require.present(systemId, "solar system");
    }
}
