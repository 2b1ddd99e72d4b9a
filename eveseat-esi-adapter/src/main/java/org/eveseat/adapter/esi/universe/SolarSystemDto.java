package org.eveseat.adapter.esi.universe;

import java.math.BigDecimal;
import java.util.List;

/** A solar system as ESI sends it; the lists are absent where the system has none. */
public record SolarSystemDto(long systemId, String name, long constellationId, BigDecimal securityStatus,
                             String securityClass, Long starId, PositionDto position, List<PlanetDto> planets,
                             List<Long> stargates, List<Long> stations) {
    public record PlanetDto(long planetId, List<Long> moons, List<Long> asteroidBelts) {
    }
}
