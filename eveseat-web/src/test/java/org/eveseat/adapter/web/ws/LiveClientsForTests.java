package org.eveseat.adapter.web.ws;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.Viewer;

/** Real {@link LiveClients} on plain threads, and logged-in clients on mocked sessions, for unit tests. */
final class LiveClientsForTests {
    private LiveClientsForTests() {
    }

    static LiveClients open() {
        ManagedThreadFactory threads = mock(ManagedThreadFactory.class);
        when(threads.newThread(any(Runnable.class))).thenAnswer(call -> new Thread((Runnable) call.getArgument(0)));
        LiveClients clients = new LiveClients();
        clients.threadFactory = threads;
        clients.openLanes();
        return clients;
    }

    static LiveClient loggedIn(LiveClients clients, Session session, long account, boolean admin, String sessionId,
                               Instant expiresAt) {
        LiveClient client = new LiveClient(session, Runnable::run, Instant.now());
        clients.add(client);
        client.authenticate(new Viewer(new AccountId(account), admin), sessionId, expiresAt);
        return client;
    }

    static Session session() {
        Session session = mock(Session.class);
        when(session.getAsyncRemote()).thenReturn(mock(RemoteEndpoint.Async.class));
        return session;
    }
}
