package org.eveseat.domain.universe.port.out;

import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.shared.SolarSystemId;

/**
 * The static map of New Eden: which solar system an NPC station is in and which systems a stargate joins. It
 * never changes while the server runs, so an implementation loads it once.
 */
public interface StarMap {
    /** The system of an NPC station; empty for anything else (a player structure, an unknown id). */
    Optional<SolarSystemId> stationSystem(long locationId);

    /** The systems one stargate jump away; empty for a system without gates or an unknown one. */
    Set<SolarSystemId> neighbours(SolarSystemId system);
}
