package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.eveseat.domain.character.port.out.SessionRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

class LogoutServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final Map<String, Instant> revoked = new HashMap<>();
    private final SessionRepository sessions = new SessionRepository() {
        @Override
        public void revoke(String sessionId, Instant expiresAt) {
            revoked.put(sessionId, expiresAt);
        }

        @Override
        public boolean isRevoked(String sessionId) {
            return revoked.containsKey(sessionId);
        }
    };
    private final RecordedEvents events = new RecordedEvents();

    @Test
    void aLogoutIsStoredAndAnnouncedForTheSocketsOfEveryNode() {
        new LogoutService(sessions, events, Clock.fixed(NOW, ZoneOffset.UTC)).logout("s-1", NOW.plusSeconds(600));

        assertThat(new SessionRevokedService(sessions).isRevoked("s-1")).isTrue();
        assertThat(revoked).containsEntry("s-1", NOW.plusSeconds(600));
        assertThat(events.all()).containsExactly(new LiveEvent(LiveTopics.SESSION_ENDED, LiveTopics.SESSIONS, NOW,
                Map.of("sessionId", "s-1")));
    }
}
