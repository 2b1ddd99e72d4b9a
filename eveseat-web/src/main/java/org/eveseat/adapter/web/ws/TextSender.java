package org.eveseat.adapter.web.ws;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;

/**
 * Sends a socket's text asynchronously. On Payara's Tyrus the standard async send first reschedules the session's
 * idle timer on a managed executor, a task per message that costs more than the write; the sockets have no idle
 * timeout, so the text goes straight to Tyrus's own web socket object, which the standard call ends in anyway.
 * Any other container, or a Tyrus without that shape, gets the standard call.
 */
interface TextSender {
    void send(String text, SendHandler handler);

    static TextSender of(Session session) {
        RemoteEndpoint.Async remote = session.getAsyncRemote();
        return TyrusDirect.of(remote).orElse(remote::sendText);
    }

    /** The Tyrus web socket behind a remote endpoint, found once per endpoint class. */
    final class TyrusDirect {
        private static final Map<Class<?>, Optional<Access>> ACCESS = new ConcurrentHashMap<>();

        private TyrusDirect() {
        }

        static Optional<TextSender> of(RemoteEndpoint.Async remote) {
            return ACCESS.computeIfAbsent(remote.getClass(), TyrusDirect::access).flatMap(a -> a.bind(remote));
        }

        private static Optional<Access> access(Class<?> remoteClass) {
            try {
                Field field = remoteClass.getSuperclass().getDeclaredField("webSocket");
                field.setAccessible(true);
                MethodHandle send = MethodHandles.publicLookup().findVirtual(field.getType(), "sendText",
                        MethodType.methodType(void.class, String.class, SendHandler.class));
                return Optional.of(new Access(field, send));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }

        private record Access(Field webSocket, MethodHandle send) {
            Optional<TextSender> bind(RemoteEndpoint.Async remote) {
                try {
                    MethodHandle bound = send.bindTo(webSocket.get(remote));
                    return Optional.of((text, handler) -> {
                        try {
                            bound.invoke(text, handler);
                        } catch (RuntimeException | Error e) {
                            throw e;
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } catch (IllegalAccessException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
    }
}
