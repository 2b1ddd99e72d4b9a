package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/** A region of New Eden and its constellations. {@code description} is null where ESI has none. */
public record Region(RegionId regionId, String name, String description, List<ConstellationId> constellations) {
    public Region {
        Require.present(regionId, "region id");
        Require.present(name, "region name");
        constellations = Require.list(constellations, "constellations");
    }
}
