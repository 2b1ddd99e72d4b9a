package org.eveseat.domain.sync.model;

import java.util.Set;

import org.eveseat.domain.character.model.LinkedCharacter;

/**
 * What a character's token lets the sync engine do: whether SSO still honours it, which character endpoints it
 * covers, and the scopes it lacks for the others (the pilot must log in again granting them). SeAT's silently
 * invalid tokens are the reason this is shown at all.
 */
public record TokenCoverage(LinkedCharacter character, Set<SyncEndpoint> covered, Set<String> missingScopes) {
    public TokenCoverage {
        covered = Set.copyOf(covered);
        missingScopes = Set.copyOf(missingScopes);
    }
}
