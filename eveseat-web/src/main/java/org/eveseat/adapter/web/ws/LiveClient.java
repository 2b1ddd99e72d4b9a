package org.eveseat.adapter.web.ws;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;

import org.eveseat.domain.shared.Viewer;

/**
 * One connected socket: who it is, what it subscribed to, and a bounded queue of text waiting to be sent. Sends
 * are asynchronous and one at a time; a client whose queue fills up is too slow and is dropped, so it never holds
 * back delivery to the others.
 */
public class LiveClient {
    static final int QUEUE_LIMIT = 1024;

    private final Session session;
    private final Executor closer;
    private final Instant connectedAt;
    private final Map<String, TopicFilter> subscriptions = new ConcurrentHashMap<>();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private volatile int lane;
    private volatile Viewer viewer;
    private volatile Instant sessionExpiresAt;
    private TextSender sender;
    private boolean sending;
    private boolean closed;

    public LiveClient(Session session, Executor closer, Instant connectedAt) {
        this.session = session;
        this.closer = closer;
        this.connectedAt = connectedAt;
    }

    /** Queues the text; false when the client is gone or was just dropped as too slow. */
    public boolean send(String text) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (sending) {
                if (queue.size() >= QUEUE_LIMIT) {
                    close(new CloseReason(CloseCodes.TRY_AGAIN_LATER, "too slow: send queue full"));
                    return false;
                }
                queue.add(text);
                return true;
            }
            sending = true;
        }
        write(text);
        return true;
    }

    private void write(String text) {
        try {
            sender().send(text, result -> {
                if (result.isOK()) {
                    next();
                } else {
                    close(new CloseReason(CloseCodes.CLOSED_ABNORMALLY, "send failed"));
                }
            });
        } catch (RuntimeException e) {
            close(new CloseReason(CloseCodes.CLOSED_ABNORMALLY, "send failed"));
        }
    }

    private synchronized TextSender sender() {
        if (sender == null) {
            sender = TextSender.of(session);
        }
        return sender;
    }

    private void next() {
        String text;
        synchronized (this) {
            text = queue.poll();
            if (text == null) {
                sending = false;
                return;
            }
        }
        write(text);
    }

    /** Closes on another thread: a close frame to a stalled peer must not block the caller. */
    public void close(CloseReason reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
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

    void authenticate(Viewer authenticated, Instant expiresAt) {
        this.viewer = authenticated;
        this.sessionExpiresAt = expiresAt;
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
