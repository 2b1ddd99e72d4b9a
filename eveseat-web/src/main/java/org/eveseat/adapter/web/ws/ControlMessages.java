package org.eveseat.adapter.web.ws;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.Instant;

import jakarta.json.JsonObjectBuilder;

/** The server's own messages on a socket; their types start with {@code ws.} so they never clash with events. */
final class ControlMessages {
    private ControlMessages() {
    }

    static String welcome(long accountId, long lastEventId) {
        return type("ws.welcome").add("accountId", accountId).add("lastEventId", lastEventId).build().toString();
    }

    static String subscribed(String topic) {
        return type("ws.subscribed").add("topic", topic).build().toString();
    }

    static String unsubscribed(String topic) {
        return type("ws.unsubscribed").add("topic", topic).build().toString();
    }

    static String error(String topic, int status, String detail) {
        JsonObjectBuilder message = type("ws.error").add("status", status).add("detail", detail);
        if (topic != null) {
            message.add("topic", topic);
        }
        return message.build().toString();
    }

    static String resumed(int replayed, boolean complete, long lastEventId) {
        return type("ws.resumed").add("replayed", replayed).add("complete", complete)
                .add("lastEventId", lastEventId).build().toString();
    }

    static String pong() {
        return type("ws.pong").build().toString();
    }

    static String heartbeat(Instant now) {
        return type("ws.heartbeat").add("timestamp", now.toString()).build().toString();
    }

    private static JsonObjectBuilder type(String type) {
        return JSON.createObjectBuilder().add("type", type);
    }
}
