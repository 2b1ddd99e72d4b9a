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
import java.util.regex.Pattern;

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
    /** Filters that encrypt, compress or hand the connection to another chain. */
    private static final Pattern REWRITING_FILTER = Pattern.compile("SSL|PUFilter|Compress");
    /** Decided once per filter class, not again for each of thousands of sockets on the same chain. */
    private static final ClassValue<Boolean> PASSES_BUFFERS_THROUGH = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> filter) {
            return passesBuffersThrough(filter);
        }
    };

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
     * The fastest write the socket allows: on Payara, the Grizzly connection under Tyrus's servlet upgrade, which
     * skips Tyrus's framing lock, the servlet output stream and the 8 KiB buffer Grizzly's HTTP output allocates
     * for every small write; its transport's write queue where no filter changes the bytes, its filter chain
     * where one does (TLS); else Tyrus's own raw frame send.
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
            return queueWriter(connection).or(() -> chainWriter(connection)).map(write -> frames -> write.apply(
                    PrivateFields.call(wrap, memory, frames)));
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return tyrusRawFrame(webSocket);
        }
    }

    /**
     * The transport's write queue, which the connection's filter chain ends in: when no filter in the chain changes
     * what is written (no TLS), the chain's walk only costs, about as much as the queue. Its idle-timeout filter
     * need not see the writes: Payara's keep-alive timeout does not apply to a connection once upgraded (tested:
     * sockets on which nothing goes either way outlive it).
     */
    private static Optional<Function<Object, Future<?>>> queueWriter(Object connection) {
        try {
            Object filters = PrivateFields.invoke(connection, "getProcessor");
            if (!(filters instanceof List<?> chain)
                    || !chain.stream().allMatch(filter -> PASSES_BUFFERS_THROUGH.get(filter.getClass()))) {
                return Optional.empty();
            }
            Object queue = PrivateFields.invoke(PrivateFields.invoke(PrivateFields.invoke(connection, "getTransport"),
                    "getAsyncQueueIO"), "getWriter");
            MethodHandle write = PrivateFields.method(queue.getClass(), "write",
                    PrivateFields.type(connection, "org.glassfish.grizzly.Connection"),
                    PrivateFields.type(connection, "org.glassfish.grizzly.asyncqueue.WritableMessage"));
            return Optional.of(buffer -> (Future<?>) PrivateFields.call(write, queue, connection, buffer));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Grizzly's own transport, idle-timeout and HTTP filters, and Payara's subclasses of them, leave a raw buffer
     * as it is; TLS and others may not.
     */
    private static boolean passesBuffersThrough(Class<?> filter) {
        for (Class<?> type = filter; type != null; type = type.getSuperclass()) {
            if (REWRITING_FILTER.matcher(type.getName()).find()) {
                return false;
            }
        }
        return isGrizzlys(filter) || isGrizzlys(filter.getSuperclass());
    }

    private static boolean isGrizzlys(Class<?> type) {
        return type != null && type.getName().startsWith("org.glassfish.grizzly.");
    }

    /** Through the connection's filter chain, which applies TLS where the listener has it. */
    private static Optional<Function<Object, Future<?>>> chainWriter(Object connection) {
        return asyncCall(connection, "write", Object.class);
    }

    private static Optional<Function<ByteBuffer, Future<?>>> tyrusRawFrame(Object webSocket) {
        return asyncCall(webSocket, "sendRawFrame", ByteBuffer.class).map(send -> send::apply);
    }

    /** The target's public method of one argument that returns a future, as a function. */
    private static Optional<Function<Object, Future<?>>> asyncCall(Object target, String name, Class<?> parameter) {
        try {
            MethodHandle call = PrivateFields.method(target.getClass(), name, parameter);
            return Optional.of(argument -> (Future<?>) PrivateFields.call(call, target, argument));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
