package org.eveseat.domain.character.port.in;

import java.util.List;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.shared.AccountId;

/** The characters of an account, with their token state so a dead token is visible to its pilot. */
public interface ListCharactersQuery {
    List<LinkedCharacter> charactersOf(AccountId accountId);
}
