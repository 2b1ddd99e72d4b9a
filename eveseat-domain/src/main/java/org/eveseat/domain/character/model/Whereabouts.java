package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A pilot's location with its names: the system with its security status and region, and the station or structure
 * they are docked in ({@code dockedId} null in space; {@code dockedName} null while a structure cannot be named).
 */
public record Whereabouts(SolarSystemId systemId, String systemName, Double security, RegionId regionId,
                          String regionName, Long dockedId, String dockedName, boolean structure) {
}
