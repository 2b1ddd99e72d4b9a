package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/** A region of the static data; {@code factionId} is null where no faction claims it. */
public record MapRegion(RegionId id, String name, Long factionId) {
    public MapRegion {
        Require.present(id, "region id");
        Require.present(name, "region name");
    }
}
