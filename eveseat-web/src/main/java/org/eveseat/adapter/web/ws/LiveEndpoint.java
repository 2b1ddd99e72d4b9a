package org.eveseat.adapter.web.ws;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live push socket at {@code /ws}. The session cookie of the handshake logs the client in at once; without it
 * the first message must be {@code {"action":"auth","token":..}} within ten seconds. Commands are in
 * {@link ClientCommands}; events arrive from the feed through {@link LiveClients}.
 */
@ServerEndpoint(value = "/ws", configurator = HandshakeCookie.class)
public class LiveEndpoint {
    private static final String CLIENT = "eveseat.ws.client";
    private static final int MAX_MESSAGE = 16 * 1024;

    @Inject
    LiveClients clients;

    @Inject
    ClientCommands commands;

    @Resource
    ManagedExecutorService closer;

    /** Off: frames go through the standard asynchronous remote, not into Payara's internals (a newer Tyrus). */
    @Inject
    @ConfigProperty(name = "eveseat.ws.raw-frames", defaultValue = "true")
    boolean rawFrames;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        // no container idle timeout: sends bypass Tyrus's idle timer (see TextSender), so it would close busy
        // sockets; heartbeats keep proxies open and reveal dead peers
        session.setMaxIdleTimeout(0);
        LiveClient client = new LiveClient(session, closer, Instant.now(), rawFrames);
        session.getUserProperties().put(CLIENT, client);
        if (Boolean.TRUE.equals(config.getUserProperties().get(HandshakeCookie.FOREIGN_ORIGIN))) {
            client.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "origin not allowed"));
            return;
        }
        clients.add(client);
        Object token = config.getUserProperties().get(HandshakeCookie.TOKEN);
        if (token != null) {
            commands.authenticate(client, token.toString());
        }
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE)
    public void message(Session session, String text) {
        LiveClient client = client(session);
        if (client != null) {
            commands.handle(client, text);
        }
    }

    @OnClose
    public void close(Session session) {
        LiveClient client = client(session);
        if (client != null) {
            clients.remove(client);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }

    private static LiveClient client(Session session) {
        return (LiveClient) session.getUserProperties().get(CLIENT);
    }
}
