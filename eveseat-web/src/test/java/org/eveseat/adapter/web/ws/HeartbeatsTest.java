package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class HeartbeatsTest {
    private final LiveClients clients = LiveClientsForTests.open();
    private final Heartbeats heartbeats = new Heartbeats();

    HeartbeatsTest() {
        heartbeats.clients = clients;
        heartbeats.heartbeatSeconds = 25;
    }

    @AfterEach
    void closeLanes() {
        clients.closeLanes();
    }

    @Test
    void aSocketWhoseSessionExpiredIsClosedAndOneWithTimeLeftStays() throws Exception {
        Session expired = LiveClientsForTests.session();
        Session current = LiveClientsForTests.session();
        LiveClient ended = LiveClientsForTests.loggedIn(clients, expired, 7, false, "s-1", Instant.now().minusSeconds(1));
        LiveClient live = LiveClientsForTests.loggedIn(clients, current, 7, false, "s-2", Instant.now().plusSeconds(60));

        heartbeats.check();

        ArgumentCaptor<CloseReason> reason = ArgumentCaptor.forClass(CloseReason.class);
        verify(expired).close(reason.capture());
        assertThat(reason.getValue().getCloseCode().getCode()).isEqualTo(1008);
        assertThat(reason.getValue().getReasonPhrase()).isEqualTo("session expired");
        assertThat(ended.isClosed()).isTrue();
        assertThat(live.isClosed()).isFalse();
        verify(current, never()).close(any());
    }
}
