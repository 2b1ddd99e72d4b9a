package org.eveseat.domain.character.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Owners see their characters, admins see every linked character, nobody sees unknown ones. */
public class CharacterVisibilityService implements CharacterVisibilityQuery {
    private final CharacterRepository characters;

    public CharacterVisibilityService(CharacterRepository characters) {
        this.characters = characters;
    }

    @Override
    public boolean canSee(Viewer viewer, CharacterId characterId) {
        return characters.findById(characterId)
                .map(c -> viewer.admin() || c.owner().equals(viewer.accountId()))
                .orElse(false);
    }
}
