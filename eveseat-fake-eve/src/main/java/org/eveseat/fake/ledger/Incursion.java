package org.eveseat.fake.ledger;

import java.util.List;

/** An incursion; {@code state}: withdrawing, mobilizing or established. */
public record Incursion(long constellationId, long factionId, boolean hasBoss, List<Long> infestedSolarSystems,
                        double influence, long stagingSolarSystemId, String state, String type) {
}
