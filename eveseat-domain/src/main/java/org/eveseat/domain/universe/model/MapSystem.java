package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A solar system of the static data: its place in space ({@code position}, metres) and on the schematic 2D map
 * ({@code x2d}, {@code y2d}; null for wormhole, abyssal and other systems off the map), its true security status
 * and the faction that holds it, if any.
 */
public record MapSystem(SolarSystemId id, String name, ConstellationId constellationId, RegionId regionId,
                        double security, Position position, Double x2d, Double y2d, Long factionId) {
    /** ESI's high-sec threshold: a true security of 0.45 shows as 0.5. */
    public static final double HIGH_SEC = 0.45;

    public MapSystem {
        Require.present(id, "solar system id");
        Require.present(name, "solar system name");
        Require.present(constellationId, "constellation of a system");
        Require.present(regionId, "region of a system");
        Require.between(security, -1.0, 1.0, "security status");
        Require.present(position, "position");
    }

    public boolean highSec() {
        return security >= HIGH_SEC;
    }

    public boolean onSchematicMap() {
        return x2d != null && y2d != null;
    }
}
