package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Ship jumps into a solar system in the last hour. ESI lists only systems with any. */
public record SystemJumps(SolarSystemId systemId, long shipJumps) {
    public SystemJumps {
        Require.present(systemId, "solar system");
        Require.notNegative(shipJumps, "ship jumps");
    }
}
