package org.eveseat.domain.character.service;

import java.util.List;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.port.in.ListCharactersQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.AccountId;

/** Lists an account's characters for its own pilot. */
public class ListCharactersService implements ListCharactersQuery {
    private final CharacterRepository characters;

    public ListCharactersService(CharacterRepository characters) {
        this.characters = characters;
    }

    @Override
    public List<LinkedCharacter> charactersOf(AccountId accountId) {
        return characters.findByOwner(accountId);
    }
}
