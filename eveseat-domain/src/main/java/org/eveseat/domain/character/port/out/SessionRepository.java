package org.eveseat.domain.character.port.out;

import java.time.Instant;

/** Remembers logged-out sessions until their tokens would have expired anyway. */
public interface SessionRepository {
    void revoke(String sessionId, Instant expiresAt);

    boolean isRevoked(String sessionId);
}
