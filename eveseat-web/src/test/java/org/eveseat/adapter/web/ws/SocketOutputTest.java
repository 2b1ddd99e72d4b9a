package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;

/**
 * The setting {@code eveseat.ws.raw-frames} chooses between the two ways out: on, a container that offers a raw
 * frame send gets the frames as they are; off, the same container gets them through the standard remote.
 */
class SocketOutputTest {
    private final List<ByteBuffer> raw = new ArrayList<>();
    private final Session session = mock(Session.class);
    private final RemoteWithRawFrames remote = mock(RemoteWithRawFrames.class,
            withSettings().useConstructor(this).defaultAnswer(Answers.RETURNS_DEFAULTS));

    SocketOutputTest() {
        when(session.getAsyncRemote()).thenReturn(remote);
    }

    @Test
    void onAContainerWithRawFramesTheyAreUsed() {
        SocketOutput output = SocketOutput.of(session, true, () -> { });

        assertThat(output).isInstanceOf(RawFrameOutput.class);
        assertThat(output.write(List.of(OutboundMessage.of("{}")))).isEqualTo(SocketOutput.Outcome.ACCEPTED);
        assertThat(raw).hasSize(1);
    }

    @Test
    void withTheSettingOffTheStandardRemoteIsUsedEvenThere() {
        assertThat(SocketOutput.of(session, false, () -> { })).isInstanceOf(QueuedTextOutput.class);
        assertThat(raw).isEmpty();
    }

    @Test
    void aContainerWithoutRawFramesFallsBackToTheStandardRemote() {
        when(session.getAsyncRemote()).thenReturn(mock(RemoteEndpoint.Async.class));

        assertThat(SocketOutput.of(session, true, () -> { })).isInstanceOf(QueuedTextOutput.class);
    }

    /** Shaped as Tyrus's remote where it matters here: a {@code webSocket} with a public raw frame send. */
    abstract static class RemoteWithRawFrames implements RemoteEndpoint.Async {
        final RawWebSocket webSocket;

        RemoteWithRawFrames(SocketOutputTest test) {
            this.webSocket = new RawWebSocket(test.raw);
        }
    }

    public static final class RawWebSocket {
        private final List<ByteBuffer> sent;

        RawWebSocket(List<ByteBuffer> sent) {
            this.sent = sent;
        }

        public Future<?> sendRawFrame(ByteBuffer frames) {
            sent.add(frames);
            return CompletableFuture.completedFuture(null);
        }
    }
}
