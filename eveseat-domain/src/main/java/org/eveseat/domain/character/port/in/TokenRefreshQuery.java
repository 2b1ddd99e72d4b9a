package org.eveseat.domain.character.port.in;

import java.time.Instant;
import java.util.Map;

import org.eveseat.domain.shared.CharacterId;

/**
 * When each character's token was last stored (the login, or the last refresh that rotated it): a token that
 * stopped refreshing long ago points at a sync that no longer runs, which the admin console shows.
 */
public interface TokenRefreshQuery {
    Map<CharacterId, Instant> lastRefreshes(int limit);
}
