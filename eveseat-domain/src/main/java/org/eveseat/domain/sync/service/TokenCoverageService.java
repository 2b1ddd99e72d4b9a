package org.eveseat.domain.sync.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.TokenCoverage;
import org.eveseat.domain.sync.port.in.TokenCoverageQuery;

/**
 * Compares each token's scopes with those of the endpoints that need one (a corporation endpoint also needs the
 * member's corporation role, which ESI checks); an invalid token covers nothing.
 */
public class TokenCoverageService implements TokenCoverageQuery {
    private final CharacterRepository characters;

    public TokenCoverageService(CharacterRepository characters) {
        this.characters = characters;
    }

    @Override
    public List<TokenCoverage> coverage(int limit) {
        Require.between(limit, 1, 100_000, "limit");
        return characters.all(limit).stream().map(TokenCoverageService::coverageOf).toList();
    }

    private static TokenCoverage coverageOf(LinkedCharacter character) {
        Set<SyncEndpoint> covered = EnumSet.noneOf(SyncEndpoint.class);
        Set<String> missing = new TreeSet<>();
        for (SyncEndpoint endpoint : SyncEndpoint.values()) {
            if (endpoint.scope() == null) {
                continue;
            }
            if (character.hasScope(endpoint.scope())) {
                if (character.tokenState() == TokenState.VALID) {
                    covered.add(endpoint);
                }
            } else {
                missing.add(endpoint.scope());
            }
        }
        return new TokenCoverage(character, covered, missing);
    }
}
