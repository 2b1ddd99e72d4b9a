package org.eveseat.domain.character.service;

import java.time.Instant;
import java.util.Map;

import org.eveseat.domain.character.port.in.TokenRefreshQuery;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/** Reads when tokens were last stored, for the admin console. */
public class TokenRefreshService implements TokenRefreshQuery {
    private final CharacterTokenRepository tokens;

    public TokenRefreshService(CharacterTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Map<CharacterId, Instant> lastRefreshes(int limit) {
        Require.between(limit, 1, 100_000, "limit");
        return tokens.lastStored(limit);
    }
}
