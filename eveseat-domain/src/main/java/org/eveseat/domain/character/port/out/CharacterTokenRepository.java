package org.eveseat.domain.character.port.out;

import java.util.Optional;

import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.shared.CharacterId;

/** Stores SSO tokens. Implementations keep them encrypted at rest. */
public interface CharacterTokenRepository {
    Optional<CharacterToken> findByCharacter(CharacterId id);

    void save(CharacterToken token);
}
