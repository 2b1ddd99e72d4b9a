package org.eveseat.domain.character.model;

import java.util.Set;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

/**
 * A character linked to an account through EVE SSO, with the scopes its token carries. The owner hash changes
 * when the character is sold, which is how a transfer between accounts is recognised.
 */
public record LinkedCharacter(CharacterId id, String name, String ownerHash, AccountId owner, Set<String> scopes,
                              TokenState tokenState) {
    public LinkedCharacter {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public LinkedCharacter withTokenState(TokenState state) {
        return new LinkedCharacter(id, name, ownerHash, owner, scopes, state);
    }
}
