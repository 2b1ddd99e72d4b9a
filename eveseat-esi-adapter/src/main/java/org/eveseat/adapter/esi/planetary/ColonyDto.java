package org.eveseat.adapter.esi.planetary;

import java.time.Instant;

/** A colony in a character's planet list as ESI sends it. */
public record ColonyDto(long planetId, String planetType, long solarSystemId, long ownerId, int upgradeLevel,
                        int numPins, Instant lastUpdate) {
}
