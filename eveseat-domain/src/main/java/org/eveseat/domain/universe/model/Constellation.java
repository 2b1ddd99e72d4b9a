package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** A constellation: the region it belongs to, where it lies and its solar systems. */
public record Constellation(ConstellationId constellationId, String name, RegionId regionId, Position position,
                            List<SolarSystemId> systems) {
    public Constellation {
        Require.present(constellationId, "constellation id");
        Require.present(name, "constellation name");
        Require.present(regionId, "region");
        Require.present(position, "position");
        systems = Require.list(systems, "solar systems");
    }
}
