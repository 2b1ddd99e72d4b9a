package org.eveseat.adapter.web.ws;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.WebConnection;
import jakarta.websocket.Session;

/**
 * Writes frames encoded once per message straight to the connection, all of a batch in one write. Tyrus's own
 * async send costs more than the write: it frames the text again for every socket and, on Payara, reschedules the
 * session's idle timer on a managed executor per message. The connection keeps writes in order and queues them
 * while the peer is slow; a socket with more than {@link #WAITING_LIMIT} messages not yet written is backlogged.
 * Only for sockets without extensions, whose frames are exactly these bytes.
 */
final class RawFrameOutput implements SocketOutput {
    private final Function<ByteBuffer, Future<?>> sendRaw;
    private final ArrayDeque<Write> unfinished = new ArrayDeque<>();
    private int waiting;

    RawFrameOutput(Function<ByteBuffer, Future<?>> sendRaw) {
        this.sendRaw = sendRaw;
    }

    static Optional<SocketOutput> of(Session session) {
        if (!session.getNegotiatedExtensions().isEmpty()) {
            return Optional.empty();
        }
        try {
            return writer(PrivateFields.read(session.getAsyncRemote(), "webSocket")).map(RawFrameOutput::new);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized Outcome write(List<OutboundMessage> messages) {
        if (!settle()) {
            return Outcome.FAILED;
        }
        if (waiting + messages.size() > WAITING_LIMIT) {
            return Outcome.BACKLOGGED;
        }
        try {
            Write write = new Write(sendRaw.apply(framesOf(messages)), messages.size());
            if (!write.future().isDone()) {
                unfinished.add(write);
                waiting += write.messages();
            } else if (write.failed()) {
                return Outcome.FAILED;
            }
            return Outcome.ACCEPTED;
        } catch (RuntimeException e) {
            return Outcome.FAILED;
        }
    }

    /** Forgets the writes that finished; false when one of them failed. */
    private boolean settle() {
        while (!unfinished.isEmpty() && unfinished.peek().future().isDone()) {
            Write done = unfinished.poll();
            waiting -= done.messages();
            if (done.failed()) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer framesOf(List<OutboundMessage> messages) {
        if (messages.size() == 1) {
            return ByteBuffer.wrap(messages.get(0).frame());
        }
        int size = 0;
        for (OutboundMessage message : messages) {
            size += message.frame().length;
        }
        ByteBuffer frames = ByteBuffer.allocate(size);
        messages.forEach(message -> frames.put(message.frame()));
        return frames.flip();
    }

    private record Write(Future<?> future, int messages) {
        boolean failed() {
            try {
                future.get();
                return false;
            } catch (ExecutionException | RuntimeException e) {
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    /**
     * The fastest write the socket allows: on Payara, the Grizzly connection under Tyrus's servlet upgrade (its
     * filter chain still applies TLS), which skips Tyrus's framing lock, the servlet output stream and the 8 KiB
     * buffer Grizzly's HTTP output allocates for every small write; else Tyrus's own raw frame send.
     */
    private static Optional<Function<ByteBuffer, Future<?>>> writer(Object webSocket) {
        try {
            Object upgrade = PrivateFields.read(PrivateFields.read(PrivateFields.read(webSocket, "protocolHandler"),
                    "writer"), "tyrusHttpUpgradeHandler");
            Object handler = PrivateFields.has(upgrade, "handler") ? PrivateFields.read(upgrade, "handler") : upgrade;
            ServletOutputStream stream = ((WebConnection) PrivateFields.read(handler, "wc")).getOutputStream();
            Object output = PrivateFields.read(PrivateFields.read(stream, "ob"), "grizzlyOutputBuffer");
            Object memory = PrivateFields.read(output, "memoryManager");
            Object connection = PrivateFields.read(output, "connection");
            MethodHandle wrap = PrivateFields.method(memory.getClass(), "wrap", ByteBuffer.class);
            MethodHandle write = PrivateFields.method(connection.getClass(), "write", Object.class);
            return Optional.of(frames -> (Future<?>) PrivateFields.call(write, connection,
                    PrivateFields.call(wrap, memory, frames)));
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return tyrusRawFrame(webSocket);
        }
    }

    private static Optional<Function<ByteBuffer, Future<?>>> tyrusRawFrame(Object webSocket) {
        try {
            MethodHandle send = PrivateFields.method(webSocket.getClass(), "sendRawFrame", ByteBuffer.class);
            return Optional.of(frames -> (Future<?>) PrivateFields.call(send, webSocket, frames));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
