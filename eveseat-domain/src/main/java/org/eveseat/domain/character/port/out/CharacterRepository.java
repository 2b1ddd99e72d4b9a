package org.eveseat.domain.character.port.out;

import java.util.List;
import java.util.Optional;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

/** Stores the characters linked to accounts. */
public interface CharacterRepository {
    Optional<LinkedCharacter> findById(CharacterId id);

    List<LinkedCharacter> findByOwner(AccountId owner);

    /** Characters whose token is valid and carries the scope, in id order. */
    List<CharacterId> findSyncableWithScope(String scope);

    /** Up to {@code limit} characters of every account, in id order. */
    List<LinkedCharacter> all(int limit);

    void save(LinkedCharacter character);
}
