package org.eveseat.fake.ledger;

/** A factional-warfare system; {@code contested}: captured, contested, uncontested or vulnerable. */
public record WarzoneSystem(long solarSystemId, long ownerFactionId, long occupierFactionId, String contested,
                            long victoryPoints, long victoryPointsThreshold) {
}
