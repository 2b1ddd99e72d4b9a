package org.eveseat.adapter.web.ws;

import java.util.List;
import java.util.Optional;

import jakarta.websocket.Session;

/**
 * How a socket's messages leave: asynchronously, in order, with a bound on how many may wait for a slow peer. On
 * Payara's Tyrus the frames are written as they are ({@link RawFrameOutput}, reached by reflection into the
 * container's internals), elsewhere, or with {@code eveseat.ws.raw-frames=false}, through the standard asynchronous
 * remote ({@link QueuedTextOutput}).
 */
interface SocketOutput {
    int WAITING_LIMIT = 1024;

    enum Outcome { ACCEPTED, BACKLOGGED, FAILED }

    /** Starts writing the messages after those already waiting. */
    Outcome write(List<OutboundMessage> messages);

    static SocketOutput of(Session session, boolean rawFrames, Runnable onAsyncFailure) {
        return (rawFrames ? RawFrameOutput.of(session) : Optional.<SocketOutput>empty())
                .orElseGet(() -> new QueuedTextOutput(session.getAsyncRemote(), onAsyncFailure));
    }
}
