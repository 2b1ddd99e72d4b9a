package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eveseat.adapter.web.ws.SocketOutput.Outcome;
import org.junit.jupiter.api.Test;

class RawFrameOutputTest {
    private final List<byte[]> writes = new ArrayList<>();
    private final List<CompletableFuture<Void>> unfinished = new ArrayList<>();
    private boolean peerReading = true;
    private final RawFrameOutput output = new RawFrameOutput(frames -> {
        byte[] bytes = new byte[frames.remaining()];
        frames.get(bytes);
        writes.add(bytes);
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (peerReading) {
            written.complete(null);
        } else {
            unfinished.add(written);
        }
        return written;
    });

    @Test
    void aBatchGoesOutAsOneWriteOfItsFramesInOrder() {
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        OutboundMessage second = OutboundMessage.of("{\"id\":2}");

        assertThat(output.write(List.of(first, second))).isEqualTo(Outcome.ACCEPTED);

        assertThat(writes).hasSize(1);
        ByteBuffer expected = ByteBuffer.allocate(first.frame().length + second.frame().length)
                .put(first.frame()).put(second.frame());
        assertThat(writes.get(0)).isEqualTo(expected.array());
    }

    @Test
    void aPeerThatStopsReadingIsBackloggedOnceTheLimitIsWaitingAndRecoversWhenWritesFinish() {
        peerReading = false;
        OutboundMessage message = OutboundMessage.of("{}");
        for (int i = 0; i < SocketOutput.WAITING_LIMIT; i++) {
            assertThat(output.write(List.of(message))).isEqualTo(Outcome.ACCEPTED);
        }

        assertThat(output.write(List.of(message))).isEqualTo(Outcome.BACKLOGGED);

        unfinished.forEach(write -> write.complete(null));
        assertThat(output.write(List.of(message))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aWriteThatFailedLaterFailsTheNextOne() {
        peerReading = false;
        assertThat(output.write(List.of(OutboundMessage.of("a")))).isEqualTo(Outcome.ACCEPTED);
        unfinished.get(0).completeExceptionally(new java.io.IOException("connection reset"));

        assertThat(output.write(List.of(OutboundMessage.of("b")))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aWriteRefusedAtOnceFails() {
        RawFrameOutput closed = new RawFrameOutput(frames -> {
            throw new IllegalStateException("socket is not connected");
        });
        assertThat(closed.write(Collections.singletonList(OutboundMessage.of("a")))).isEqualTo(Outcome.FAILED);
    }
}
