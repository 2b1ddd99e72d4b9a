package org.eveseat.adapter.web.ws;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;

import org.eveseat.adapter.live.Audience;
import org.eveseat.domain.shared.Viewer;

/**
 * One connected socket: who it is, what it subscribed to, and its output. Sends are asynchronous; a client with
 * too many messages waiting is too slow and is dropped, so it never holds back delivery to the others.
 */
public class LiveClient {
    private static final CloseReason SEND_FAILED = new CloseReason(CloseCodes.CLOSED_ABNORMALLY, "send failed");

    private final Session session;
    private final Executor closer;
    private final Instant connectedAt;
    private final boolean rawFrames;
    private final Map<String, TopicFilter> subscriptions = new ConcurrentHashMap<>();
    private volatile int lane;
    private volatile Viewer viewer;
    private volatile Instant sessionExpiresAt;
    private volatile String sessionId;
    private SocketOutput output;
    private boolean closed;

    public LiveClient(Session session, Executor closer, Instant connectedAt) {
        this(session, closer, connectedAt, true);
    }

    /** @param rawFrames whether frames may go to the container's connection as they are ({@link SocketOutput}) */
    public LiveClient(Session session, Executor closer, Instant connectedAt, boolean rawFrames) {
        this.session = session;
        this.closer = closer;
        this.connectedAt = connectedAt;
        this.rawFrames = rawFrames;
    }

    /** Sends the text; false when the client is gone or was just dropped as too slow. */
    public boolean send(String text) {
        return send(OutboundMessage.of(text));
    }

    boolean send(OutboundMessage message) {
        return send(List.of(message));
    }

    /** Sends the messages in order, in one write where the output allows. */
    synchronized boolean send(List<OutboundMessage> messages) {
        if (closed) {
            return false;
        }
        switch (output().write(messages)) {
            case ACCEPTED:
                return true;
            case BACKLOGGED:
                close(new CloseReason(CloseCodes.TRY_AGAIN_LATER, "too slow: send queue full"));
                return false;
            default:
                close(SEND_FAILED);
                return false;
        }
    }

    private SocketOutput output() {
        if (output == null) {
            output = SocketOutput.of(session, rawFrames, () -> close(SEND_FAILED));
        }
        return output;
    }

    /** Closes on another thread: a close frame to a stalled peer must not block the caller. */
    public void close(CloseReason reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closer.execute(() -> {
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                // the peer is gone already; nothing left to tell it
            }
        });
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    void authenticate(Viewer authenticated, String session, Instant expiresAt) {
        this.viewer = authenticated;
        this.sessionId = session;
        this.sessionExpiresAt = expiresAt;
    }

    /** From now on the socket is its account's without the admin role. */
    void withoutAdmin() {
        Viewer current = viewer;
        if (current != null) {
            viewer = new Viewer(current.accountId(), false);
        }
    }

    /** Whether an event for this audience may reach the socket: admins get all, others when named. */
    boolean mayReceive(Audience audience) {
        if (audience.isEveryone()) {
            return true;
        }
        Viewer current = viewer;
        return current != null && (current.admin() || audience.includes(current.accountId().value()));
    }

    String sessionId() {
        return sessionId;
    }

    void lane(int number) {
        this.lane = number;
    }

    int lane() {
        return lane;
    }

    public Viewer viewer() {
        return viewer;
    }

    public Instant sessionExpiresAt() {
        return sessionExpiresAt;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    Map<String, TopicFilter> subscriptions() {
        return subscriptions;
    }
}
