package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A solar system as the static universe describes it: where it lies, how secure it is, and what is in it
 * (planets with their moons and belts, stargates, stations). {@code securityClass} and {@code starId} are null
 * where ESI has none.
 */
public record SolarSystem(SolarSystemId systemId, String name, ConstellationId constellationId,
                          double securityStatus, String securityClass, Long starId, Position position,
                          List<Planet> planets, List<Long> stargateIds, List<Long> stationIds) {
    public SolarSystem {
        Require.present(systemId, "solar system id");
        Require.present(name, "solar system name");
        Require.present(constellationId, "constellation");
        Require.between(securityStatus, -1.0, 1.0, "security status");
        Require.present(position, "position");
        planets = Require.list(planets, "planets");
        stargateIds = Require.list(stargateIds, "stargate ids");
        stationIds = Require.list(stationIds, "station ids");
    }

    public record Planet(long planetId, List<Long> moonIds, List<Long> asteroidBeltIds) {
        public Planet {
            Require.positive(planetId, "planet id");
            moonIds = Require.list(moonIds, "moon ids");
            asteroidBeltIds = Require.list(asteroidBeltIds, "asteroid belt ids");
        }
    }
}
