package org.eveseat.fake;

import java.time.Instant;
import java.util.Set;

/** What a verified EVE SSO access token says. */
public record AccessTokenClaims(long characterId, String name, String ownerHash, Set<String> scopes,
                                String clientId, Instant expiresAt, String tokenId) {

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
