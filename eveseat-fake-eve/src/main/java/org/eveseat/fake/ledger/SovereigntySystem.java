package org.eveseat.fake.ledger;

import java.time.Instant;

/**
 * Who holds a solar system: a faction ({@code factionId}), an alliance (with corporation, claim time, capital
 * flag and sovereignty hub), or nobody (both null).
 */
public record SovereigntySystem(long solarSystemId, Long factionId, Long allianceId, Long corporationId,
                                Instant claimedSince, boolean capital, Long hubId) {

    public static SovereigntySystem faction(long systemId, long factionId) {
        return new SovereigntySystem(systemId, factionId, null, null, null, false, null);
    }

    public static SovereigntySystem unclaimed(long systemId) {
        return new SovereigntySystem(systemId, null, null, null, null, false, null);
    }
}
