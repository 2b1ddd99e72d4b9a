package org.eveseat.domain.character.service;

import java.util.List;

import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.CharacterId;

/** Selects characters whose token is valid and grants the scope: ESI is never called for data we may not read. */
public class SyncableCharactersService implements SyncableCharactersQuery {
    private final CharacterRepository characters;

    public SyncableCharactersService(CharacterRepository characters) {
        this.characters = characters;
    }

    @Override
    public List<CharacterId> withScope(String scope) {
        return characters.findSyncableWithScope(scope);
    }
}
