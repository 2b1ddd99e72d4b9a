package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/** The ship a pilot sits in: its type, its item id and the name the pilot gave it. */
public record PilotShip(TypeId typeId, long itemId, String name) {
    public PilotShip {
        Require.present(typeId, "ship type");
    }
}
