package org.eveseat.domain.character.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/** Whether a viewer may see a character's data: its owner and admins may, nobody else. */
public interface CharacterVisibilityQuery {
    boolean canSee(Viewer viewer, CharacterId characterId);

    /** Someone else's character looks like one that does not exist. */
    default void requireVisible(Viewer viewer, CharacterId characterId) {
        if (!canSee(viewer, characterId)) {
            throw new NotFoundException("character " + characterId + " not found");
        }
    }
}
