package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;

/** The NPC corporation that runs a station, and that corporation's faction (null for one without). */
public record StationOwner(long corporationId, Long factionId) {
    public StationOwner {
        Require.positive(corporationId, "corporation id");
        Require.positiveIfPresent(factionId, "faction id");
    }
}
