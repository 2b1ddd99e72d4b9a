package org.eveseat.domain.character.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.shared.CharacterId;

/** Stores SSO tokens. Implementations keep them encrypted at rest. */
public interface CharacterTokenRepository {
    Optional<CharacterToken> findByCharacter(CharacterId id);

    /** Stores the token and notes when it was stored (a login or a refresh). */
    void save(CharacterToken token);

    /** When each of up to {@code limit} tokens (in character id order) was last saved. */
    Map<CharacterId, Instant> lastStored(int limit);
}
