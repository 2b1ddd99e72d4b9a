package org.eveseat.domain.character.service;

import java.time.Instant;

import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.character.port.out.SessionRepository;

/** Records a logout so the session's still-unexpired token is refused. */
public class LogoutService implements LogoutUseCase {
    private final SessionRepository sessions;

    public LogoutService(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logout(String sessionId, Instant expiresAt) {
        sessions.revoke(sessionId, expiresAt);
    }
}
