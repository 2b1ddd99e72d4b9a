package org.eveseat.fake;

import java.util.Set;

/** A pilot as the fake SSO knows it, with the scopes the pilot approves when asked. */
public record SsoCharacter(long characterId, String name, String ownerHash, Set<String> scopes) {

    public SsoCharacter {
        scopes = Set.copyOf(scopes);
    }

    SsoCharacter withScopes(Set<String> granted) {
        return new SsoCharacter(characterId, name, ownerHash, granted);
    }
}
