package org.eveseat.adapter.web.ws;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

/**
 * Writes frames encoded once per message straight to Tyrus's web socket, all of a batch in one write. Tyrus's own
 * async send costs more than the write: it frames the text again for every socket and, on Payara, reschedules the
 * session's idle timer on a managed executor per message. Tyrus's writer keeps writes in order and queues them
 * while the peer is slow; a socket with more than {@link #WAITING_LIMIT} messages not yet handed to the connection
 * is backlogged. Only for sockets without extensions, whose frames are exactly these bytes.
 */
final class RawFrameOutput implements SocketOutput {
    private static final Map<Class<?>, Optional<Access>> ACCESS = new ConcurrentHashMap<>();

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
        RemoteEndpoint.Async remote = session.getAsyncRemote();
        return ACCESS.computeIfAbsent(remote.getClass(), RawFrameOutput::access).flatMap(a -> a.bind(remote));
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

    /** Tyrus's web socket behind its remote endpoint and its raw frame send, found once per endpoint class. */
    private static Optional<Access> access(Class<?> remoteClass) {
        try {
            Field field = remoteClass.getSuperclass().getDeclaredField("webSocket");
            field.setAccessible(true);
            MethodHandle send = MethodHandles.publicLookup().findVirtual(field.getType(), "sendRawFrame",
                    MethodType.methodType(Future.class, ByteBuffer.class));
            return Optional.of(new Access(field, send));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Access(Field webSocket, MethodHandle send) {
        Optional<SocketOutput> bind(RemoteEndpoint.Async remote) {
            try {
                MethodHandle bound = send.bindTo(webSocket.get(remote));
                return Optional.of(new RawFrameOutput(frames -> {
                    try {
                        return (Future<?>) bound.invoke(frames);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            } catch (IllegalAccessException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
