package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.CharacterId;

/** The character's refresh token was revoked or never stored: the pilot has to log in again. */
public class TokenInvalidException extends ConflictException {
    public TokenInvalidException(CharacterId characterId) {
        super("the EVE SSO token of character " + characterId + " is no longer valid; log in with it again");
    }
}
