package org.eveseat.adapter.web.ws;

import java.nio.charset.StandardCharsets;

/**
 * A text message on its way to clients, with its WebSocket frame (RFC 6455: final text frame, unmasked as a server
 * sends it) encoded once however many sockets it goes to.
 */
record OutboundMessage(String text, byte[] frame) {
    private static final byte FINAL_TEXT = (byte) 0x81;

    static OutboundMessage of(String text) {
        return new OutboundMessage(text, textFrame(text));
    }

    static byte[] textFrame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int length = payload.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = FINAL_TEXT;
        if (length < 126) {
            frame[1] = (byte) length;
        } else if (length <= 0xFFFF) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, length);
        return frame;
    }
}
