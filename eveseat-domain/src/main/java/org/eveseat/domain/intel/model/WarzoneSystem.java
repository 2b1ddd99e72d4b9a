package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A solar system of the factional-warfare zones: the faction that owns it by the map, the one occupying it now,
 * and the victory points gathered against the threshold that flips it.
 */
public record WarzoneSystem(SolarSystemId systemId, long ownerFactionId, long occupierFactionId, WarzoneStatus status,
                            long victoryPoints, long victoryPointsThreshold) {
    public WarzoneSystem {
        Require.present(systemId, "solar system");
        Require.positive(ownerFactionId, "owner faction id");
        Require.positive(occupierFactionId, "occupier faction id");
        Require.present(status, "warzone status");
    }
}
