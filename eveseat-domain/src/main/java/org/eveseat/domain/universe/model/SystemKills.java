package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Player ships, NPCs and pods killed in a solar system in the last hour. */
public record SystemKills(SolarSystemId systemId, long shipKills, long npcKills, long podKills) {
    public SystemKills {
        Require.present(systemId, "solar system");
        Require.notNegative(shipKills, "ship kills");
        Require.notNegative(npcKills, "NPC kills");
        Require.notNegative(podKills, "pod kills");
    }
}
