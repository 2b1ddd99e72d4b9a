package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Kills and jumps in one solar system, summed over the hours of an {@link ActivityWindow}. */
public record SystemActivity(SolarSystemId systemId, long shipKills, long podKills, long npcKills, long jumps) {
    public SystemActivity {
        Require.present(systemId, "solar system");
        Require.notNegative(shipKills, "ship kills");
        Require.notNegative(podKills, "pod kills");
        Require.notNegative(npcKills, "NPC kills");
        Require.notNegative(jumps, "jumps");
    }

    /** Ships and pods players lost: what a map's kill layer shows. */
    public long kills() {
        return shipKills + podKills;
    }
}
