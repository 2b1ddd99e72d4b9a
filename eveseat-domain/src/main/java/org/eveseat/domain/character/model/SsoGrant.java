package org.eveseat.domain.character.model;

import java.util.Set;

import org.eveseat.domain.shared.CharacterId;

/** What EVE SSO hands over after a verified login or refresh: who the character is, its scopes and fresh tokens. */
public record SsoGrant(CharacterId characterId, String characterName, String ownerHash, Set<String> scopes,
                       AccessToken accessToken, String refreshToken) {
    public SsoGrant {
        scopes = Set.copyOf(scopes);
    }

    public CharacterToken token() {
        return new CharacterToken(characterId, refreshToken, accessToken);
    }

    @Override
    public String toString() {
        return "SsoGrant[" + characterId + " " + characterName + "]";
    }
}
