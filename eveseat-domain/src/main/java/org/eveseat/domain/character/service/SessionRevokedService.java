package org.eveseat.domain.character.service;

import org.eveseat.domain.character.port.in.SessionRevokedQuery;
import org.eveseat.domain.character.port.out.SessionRepository;

/** Tells the authentication filter whether a session was logged out. */
public class SessionRevokedService implements SessionRevokedQuery {
    private final SessionRepository sessions;

    public SessionRevokedService(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isRevoked(String sessionId) {
        return sessions.isRevoked(sessionId);
    }
}
