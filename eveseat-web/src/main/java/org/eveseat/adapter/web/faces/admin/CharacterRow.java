package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;
import java.util.List;

/**
 * One character on the users page: its token's state, the scopes granted, the requested scopes it lacks (a new
 * login would grant them), how many endpoints it lets the engine sync, and when the token was last stored.
 */
public record CharacterRow(long id, String name, boolean tokenValid, List<String> scopes, List<String> missingScopes,
                           int endpointsCovered, Instant lastRefresh) {
    public CharacterRow {
        scopes = List.copyOf(scopes);
        missingScopes = List.copyOf(missingScopes);
    }
}
