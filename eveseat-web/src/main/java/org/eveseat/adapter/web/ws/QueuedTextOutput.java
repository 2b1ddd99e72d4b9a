package org.eveseat.adapter.web.ws;

import java.util.ArrayDeque;
import java.util.List;

import jakarta.websocket.RemoteEndpoint;

/** The standard asynchronous remote, one message at a time (it allows no more), the rest queued behind it. */
final class QueuedTextOutput implements SocketOutput {
    private final RemoteEndpoint.Async remote;
    private final Runnable onFailure;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;

    QueuedTextOutput(RemoteEndpoint.Async remote, Runnable onFailure) {
        this.remote = remote;
        this.onFailure = onFailure;
    }

    @Override
    public Outcome write(List<OutboundMessage> messages) {
        String first;
        synchronized (this) {
            if (queue.size() + messages.size() > (sending ? WAITING_LIMIT : WAITING_LIMIT + 1)) {
                return Outcome.BACKLOGGED;
            }
            messages.forEach(message -> queue.add(message.text()));
            if (sending) {
                return Outcome.ACCEPTED;
            }
            sending = true;
            first = queue.poll();
        }
        return send(first) ? Outcome.ACCEPTED : Outcome.FAILED;
    }

    private boolean send(String text) {
        try {
            remote.sendText(text, result -> {
                if (result.isOK()) {
                    next();
                } else {
                    onFailure.run();
                }
            });
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
        if (!send(text)) {
            onFailure.run();
        }
    }
}
