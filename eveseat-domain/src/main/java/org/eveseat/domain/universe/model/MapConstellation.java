package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/** A constellation of the static data and the region it lies in. */
public record MapConstellation(ConstellationId id, String name, RegionId regionId, Long factionId) {
    public MapConstellation {
        Require.present(id, "constellation id");
        Require.present(name, "constellation name");
        Require.present(regionId, "region of a constellation");
    }
}
