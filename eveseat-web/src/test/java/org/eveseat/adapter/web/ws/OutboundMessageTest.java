package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OutboundMessageTest {
    @Test
    void aShortTextIsOneFinalUnmaskedTextFrameWithItsLengthInTheSecondByte() {
        // RFC 6455 section 5.7: a single-frame unmasked text message containing "Hello"
        assertThat(OutboundMessage.textFrame("Hello"))
                .containsExactly(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
    }

    @Test
    void theLengthCountsUtf8Bytes() {
        byte[] frame = OutboundMessage.textFrame("Jita 4-4 \u00e9");
        assertThat(frame[1]).isEqualTo((byte) 11);
        assertThat(new String(frame, 2, 11, StandardCharsets.UTF_8)).isEqualTo("Jita 4-4 \u00e9");
    }

    @Test
    void from126BytesTheLengthTakesTwoMoreBytes() {
        byte[] frame = OutboundMessage.textFrame("x".repeat(300));
        assertThat(frame).hasSize(4 + 300);
        assertThat(frame[1]).isEqualTo((byte) 126);
        assertThat(ByteBuffer.wrap(frame, 2, 2).getShort() & 0xFFFF).isEqualTo(300);
    }

    @Test
    void beyond65535BytesTheLengthTakesEightMoreBytes() {
        byte[] frame = OutboundMessage.textFrame("y".repeat(70_000));
        assertThat(frame).hasSize(10 + 70_000);
        assertThat(frame[1]).isEqualTo((byte) 127);
        assertThat(ByteBuffer.wrap(frame, 2, 8).getLong()).isEqualTo(70_000L);
        assertThat(frame[10]).isEqualTo((byte) 'y');
    }
}
