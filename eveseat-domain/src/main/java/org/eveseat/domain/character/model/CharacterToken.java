package org.eveseat.domain.character.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;

/** The stored SSO tokens of a character. EVE SSO rotates the refresh token, so the latest one must always be kept. */
public record CharacterToken(CharacterId characterId, String refreshToken, AccessToken accessToken) {
    public boolean accessTokenValidAt(Instant moment) {
        return accessToken != null && accessToken.expiresAt().isAfter(moment);
    }

    @Override
    public String toString() {
        return "CharacterToken[" + characterId + "]";
    }
}
