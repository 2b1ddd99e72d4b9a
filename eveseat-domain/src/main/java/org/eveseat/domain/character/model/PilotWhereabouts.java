package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/**
 * Where one of a player's own characters is, for the star map: the location with its names, or why there is none
 * (the location scope not granted, the token or ESI failing).
 */
public record PilotWhereabouts(CharacterId characterId, String name, StatusPart<Whereabouts> location) {
    public PilotWhereabouts {
        Require.present(characterId, "character");
        Require.present(name, "character name");
        Require.present(location, "location");
    }
}
