package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * A planet as the static universe describes it: its name, its type (which tells temperate from lava, and so the
 * colonies it can hold), its system and where it lies.
 */
public record PlanetInfo(long planetId, String name, TypeId typeId, SolarSystemId systemId, Position position) {
    public PlanetInfo {
        Require.positive(planetId, "planet id");
        Require.present(name, "planet name");
        Require.present(typeId, "type id");
        Require.present(systemId, "solar system");
        Require.present(position, "position");
    }
}
