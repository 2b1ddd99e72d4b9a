package org.eveseat.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A client of the server's {@code /ws} socket, as a browser would be (the session cookie on the handshake) or as
 * an API client (no cookie, auth message first); collects what the server sends so tests can wait for it.
 */
final class LiveSocket implements WebSocket.Listener, AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static LiveSocket open(URI base, String sessionToken, String origin) {
        return open(HttpClient.newHttpClient(), base, sessionToken, origin);
    }

    /** Over the given client (one that trusts a test certificate, say); wss for an https base. */
    static LiveSocket open(HttpClient http, URI base, String sessionToken, String origin) {
        LiveSocket live = new LiveSocket();
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (sessionToken != null) {
            builder.header("Cookie", "eveseat_session=" + sessionToken);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws");
        live.socket = builder.buildAsync(ws, live).join();
        return live;
    }

    static LiveSocket open(URI base, String sessionToken) {
        return open(base, sessionToken, null);
    }

    LiveSocket send(String json) {
        socket.sendText(json, true).join();
        return this;
    }

    LiveSocket subscribe(String topic) {
        return send("{\"action\":\"subscribe\",\"topic\":\"" + topic + "\"}");
    }

    /** The next message the predicate accepts (earlier ones stay in {@link #seen()}). */
    JsonObject await(Predicate<JsonObject> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonObject message = received.poll(250, TimeUnit.MILLISECONDS);
                if (message != null) {
                    seen.add(message);
                    if (wanted.test(message)) {
                        return message;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no " + what + " within " + WAIT + "; received " + seen);
    }

    JsonObject awaitType(String type) {
        return await(m -> type.equals(m.getString("type", "")), type);
    }

    JsonObject awaitEvent(String type, String topic) {
        return await(m -> type.equals(m.getString("type", "")) && topic.equals(m.getString("topic", "")),
                type + " on " + topic);
    }

    /** The close code the server sent, waiting for it. */
    int awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the socket; received " + seen, e);
        }
    }

    List<JsonObject> seen() {
        received.drainTo(seen);
        return seen;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                received.add(reader.readObject());
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
