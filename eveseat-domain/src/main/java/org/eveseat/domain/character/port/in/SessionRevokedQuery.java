package org.eveseat.domain.character.port.in;

/** Whether a session was ended by logout. */
public interface SessionRevokedQuery {
    boolean isRevoked(String sessionId);
}
