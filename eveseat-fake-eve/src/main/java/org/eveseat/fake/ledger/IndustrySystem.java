package org.eveseat.fake.ledger;

import java.util.List;

/** The industry cost indices of a solar system. */
public record IndustrySystem(long solarSystemId, List<CostIndex> costIndices) {

    /** {@code activity}: copying, duplicating, invention, manufacturing, none, reaction, researching_* ... */
    public record CostIndex(String activity, double costIndex) {
    }
}
