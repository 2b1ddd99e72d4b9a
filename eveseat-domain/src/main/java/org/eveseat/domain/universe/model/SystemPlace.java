package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A solar system with its name and region, from the static data. A system newer than the shipped data has only
 * its id: the names and region are then null.
 */
public record SystemPlace(SolarSystemId systemId, String systemName, RegionId regionId, String regionName) {
    public SystemPlace {
        Require.present(systemId, "solar system");
    }

    public static SystemPlace unknown(SolarSystemId systemId) {
        return new SystemPlace(systemId, null, null, null);
    }
}
