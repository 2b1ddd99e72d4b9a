package org.eveseat.domain.planetary.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A character's planetary colony: the planet, its command centre level (0-5) and how many pins it has. ESI only
 * refreshes colony data when the pilot views the colony in the client ({@code lastUpdate}).
 */
public record Colony(long planetId, PlanetType planetType, SolarSystemId solarSystemId, CharacterId ownerId,
                     int upgradeLevel, int pinCount, Instant lastUpdate) {
    public Colony {
        Require.positive(planetId, "planet id");
        Require.present(planetType, "planet type");
        Require.present(solarSystemId, "solar system");
        Require.present(ownerId, "owner");
        Require.between(upgradeLevel, 0, 5, "upgrade level");
        Require.notNegative(pinCount, "pin count");
        Require.present(lastUpdate, "last update");
    }
}
