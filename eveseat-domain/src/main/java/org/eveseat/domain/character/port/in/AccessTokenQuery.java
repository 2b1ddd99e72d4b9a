package org.eveseat.domain.character.port.in;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;

/**
 * A currently valid access token for a character, refreshed (and the rotated refresh token stored) when needed.
 * Throws {@link org.eveseat.domain.character.model.TokenInvalidException} once SSO has revoked the token.
 */
public interface AccessTokenQuery {
    AccessToken accessTokenFor(CharacterId characterId);
}
