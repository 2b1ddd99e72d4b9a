package org.eveseat.domain.character.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.character.port.out.SessionRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;

/**
 * Records a logout so the session's still-unexpired token is refused, and announces it so that every node closes
 * the sockets the session opened (they were let in before, and would otherwise live until the token expires).
 */
public class LogoutService implements LogoutUseCase {
    private final SessionRepository sessions;
    private final EventPublisher events;
    private final Clock clock;

    public LogoutService(SessionRepository sessions, EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void logout(String sessionId, Instant expiresAt) {
        sessions.revoke(sessionId, expiresAt);
        events.publish(new LiveEvent(LiveTopics.SESSION_ENDED, LiveTopics.SESSIONS, clock.instant(),
                Map.of("sessionId", sessionId)));
    }
}
