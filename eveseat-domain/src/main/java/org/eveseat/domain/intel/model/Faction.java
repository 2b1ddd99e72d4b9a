package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.Require;

/** An NPC faction of EVE (the empires, pirates and others): how the warzone and sovereignty layers name holders. */
public record Faction(long factionId, String name) {
    public Faction {
        Require.positive(factionId, "faction id");
        Require.present(name, "faction name");
    }
}
