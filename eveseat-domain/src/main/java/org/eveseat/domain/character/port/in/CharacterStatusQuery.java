package org.eveseat.domain.character.port.in;

import org.eveseat.domain.character.model.CharacterStatus;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/**
 * Where a character is, what they fly, whether they are online and their skill points, read from ESI on demand
 * (within ESI's cache times) with names resolved. A character the viewer may not see is not found; a scope not
 * granted or an ESI failure leaves only that part empty.
 */
public interface CharacterStatusQuery {
    CharacterStatus status(Viewer viewer, CharacterId characterId);
}
