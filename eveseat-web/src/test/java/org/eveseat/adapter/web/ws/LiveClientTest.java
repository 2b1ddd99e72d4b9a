package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import org.eveseat.adapter.live.Audience;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class LiveClientTest {
    private final Session session = mock(Session.class);
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    private final List<String> written = new ArrayList<>();
    private final List<SendHandler> pending = new ArrayList<>();
    private final LiveClient client = new LiveClient(session, Runnable::run, Instant.now());

    LiveClientTest() {
        when(session.getAsyncRemote()).thenReturn(remote);
        doAnswer(call -> {
            written.add(call.getArgument(0));
            pending.add(call.getArgument(1));
            return null;
        }).when(remote).sendText(anyString(), any(SendHandler.class));
    }

    @Test
    void messagesGoOutOneAtATimeInOrder() {
        client.send("a");
        client.send("b");
        client.send("c");
        assertThat(written).containsExactly("a");

        pending.get(0).onResult(new SendResult());
        pending.get(1).onResult(new SendResult());

        assertThat(written).containsExactly("a", "b", "c");
        assertThat(client.isClosed()).isFalse();
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhenItsQueueIsFull() throws Exception {
        client.send("first");
        for (int i = 0; i < SocketOutput.WAITING_LIMIT; i++) {
            assertThat(client.send("queued " + i)).isTrue();
        }

        assertThat(client.send("one too many")).isFalse();

        assertThat(client.isClosed()).isTrue();
        ArgumentCaptor<CloseReason> reason = ArgumentCaptor.forClass(CloseReason.class);
        verify(session).close(reason.capture());
        assertThat(reason.getValue().getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
        assertThat(client.send("later")).isFalse();
        assertThat(written).containsExactly("first");
    }

    @Test
    void aFailedSendClosesTheClient() throws Exception {
        client.send("a");
        pending.get(0).onResult(new SendResult(new java.io.IOException("broken pipe")));
        assertThat(client.isClosed()).isTrue();
        verify(session).close(any(CloseReason.class));
    }

    @Test
    void anEventForNamedAccountsReachesThemAndAdminsOnlyAndAnAccountThatLostAdminNoLonger() {
        Audience seven = Audience.of(List.of(7L));
        assertThat(client.mayReceive(seven)).as("not logged in yet").isFalse();
        assertThat(client.mayReceive(Audience.EVERYONE)).isTrue();

        client.authenticate(new Viewer(new AccountId(8), true), "s-8", Instant.now().plusSeconds(60));
        assertThat(client.mayReceive(seven)).as("an admin").isTrue();
        client.withoutAdmin();
        assertThat(client.mayReceive(seven)).isFalse();
        assertThat(client.viewer()).isEqualTo(new Viewer(new AccountId(8), false));

        client.authenticate(new Viewer(new AccountId(7), false), "s-7", Instant.now().plusSeconds(60));
        assertThat(client.mayReceive(seven)).isTrue();
        assertThat(client.sessionId()).isEqualTo("s-7");
    }
}
