package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Map;

import jakarta.websocket.Session;

import org.eveseat.adapter.live.EventJson;
import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.in.TopicAccessQuery.TopicAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionRevocationsTest {
    private final SessionRevocations revocations = new SessionRevocations();
    private final LiveClients clients = LiveClientsForTests.open();

    SessionRevocationsTest() {
        revocations.clients = clients;
        revocations.topics = (viewer, topic) -> topic.equals(LiveTopics.JOBS) && !viewer.admin()
                ? TopicAccess.FORBIDDEN : TopicAccess.ALLOWED;
    }

    @AfterEach
    void closeLanes() {
        clients.closeLanes();
    }

    @Test
    void aLogoutClosesTheSocketsOfThatSessionOnly() throws Exception {
        Session loggedOut = session();
        Session otherTab = session();
        LiveClient first = client(loggedOut, 7, false, "s-1");
        LiveClient second = client(otherTab, 7, false, "s-2");

        revocations.apply(event(LiveTopics.SESSION_ENDED, Map.of("sessionId", "s-1")));

        assertThat(first.isClosed()).isTrue();
        verify(loggedOut).close(SessionRevocations.LOGGED_OUT);
        assertThat(second.isClosed()).isFalse();
        verify(otherTab, never()).close(any());
    }

    @Test
    void anAccountThatLostAdminLeavesTheAdminTopicsAndKeepsTheOthers() throws Exception {
        LiveClient demoted = client(session(), 7, true, "s-1");
        LiveClient otherAdmin = client(session(), 8, true, "s-2");
        for (LiveClient client : new LiveClient[] {demoted, otherAdmin}) {
            clients.subscribe(client, LiveTopics.JOBS, TopicFilter.NONE);
            clients.subscribe(client, LiveTopics.ANNOUNCEMENTS, TopicFilter.NONE);
        }

        revocations.apply(event(LiveTopics.ADMIN_REVOKED, Map.of("accountId", 7L)));

        assertThat(demoted.viewer().admin()).isFalse();
        assertThat(demoted.subscriptions()).containsOnlyKeys(LiveTopics.ANNOUNCEMENTS);
        assertThat(demoted.isClosed()).isFalse();
        assertThat(otherAdmin.viewer().admin()).isTrue();
        assertThat(otherAdmin.subscriptions()).containsOnlyKeys(LiveTopics.JOBS, LiveTopics.ANNOUNCEMENTS);
    }

    @Test
    void eventsOfOtherTopicsChangeNoSocket() throws Exception {
        LiveClient client = client(session(), 7, true, "s-1");

        revocations.apply(new FeedEvent(1, LiveTopics.ANNOUNCEMENTS, EventJson.body(new LiveEvent(
                LiveTopics.SESSION_ENDED, LiveTopics.ANNOUNCEMENTS, Instant.now(), Map.of("sessionId", "s-1")))));

        assertThat(client.isClosed()).isFalse();
    }

    private LiveClient client(Session session, long account, boolean admin, String sessionId) {
        return LiveClientsForTests.loggedIn(clients, session, account, admin, sessionId, Instant.now().plusSeconds(600));
    }

    private static Session session() {
        return LiveClientsForTests.session();
    }

    private static FeedEvent event(String type, Map<String, Object> payload) {
        return new FeedEvent(1, LiveTopics.SESSIONS,
                EventJson.body(new LiveEvent(type, LiveTopics.SESSIONS, Instant.now(), payload)));
    }
}
