package org.eveseat.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A client of the live push socket on the JDK's WebSocket: logs in with the first message, keeps every JSON message
 * it receives, and waits for one that matches.
 */
final class LiveSocket implements AutoCloseable {
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final WebSocket socket;

    /** Connects to {@code ws} under the application's base URL and authenticates with the session token. */
    LiveSocket(URI base, String sessionToken) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Collector()).join();
        send(Json.createObjectBuilder().add("action", "auth").add("token", sessionToken).build());
        await(message -> "ws.welcome".equals(message.getString("type", "")), Duration.ofSeconds(10));
    }

    void send(JsonObject message) {
        socket.sendText(message.toString(), true).join();
    }

    /** Subscribes, with a filter or none (null), and waits for the server's confirmation. */
    void subscribe(String topic, JsonObject filter) {
        var command = Json.createObjectBuilder().add("action", "subscribe").add("topic", topic);
        send((filter == null ? command : command.add("filter", filter)).build());
        JsonObject answer = await(message -> List.of("ws.subscribed", "ws.error").contains(
                message.getString("type", "")), Duration.ofSeconds(10));
        if (!"ws.subscribed".equals(answer.getString("type"))) {
            throw new AssertionError("subscription to " + topic + " refused: " + answer);
        }
    }

    /** The first message received (since the last match) that matches, or an AssertionError after the wait. */
    JsonObject await(Predicate<JsonObject> wanted, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                JsonObject message = received.poll(left, TimeUnit.NANOSECONDS);
                if (message == null) {
                    break;
                }
                seen.add(message);
                if (wanted.test(message)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no matching message in " + wait + "; received " + seen);
    }

    /** Whether a matching message arrives within the wait (drains what came meanwhile). */
    boolean receives(Predicate<JsonObject> wanted, Duration wait) {
        try {
            await(wanted, wait);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    /** Joins the fragments of each text message and queues it as JSON. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

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
    }
}
