package org.eveseat.domain.character.port.in;

import java.time.Instant;

/** Ends a session: its token is refused from now on, though it has not expired yet. */
public interface LogoutUseCase {
    void logout(String sessionId, Instant expiresAt);
}
