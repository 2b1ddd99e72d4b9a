package org.eveseat.adapter.web.ws;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;

import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.adapter.live.LiveFeed;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.event.port.in.TopicAccessQuery.TopicAccess;

/**
 * What a client may say: auth (once, when no cookie came with the handshake), subscribe and unsubscribe, resume
 * from its last event id, ping. A topic is joined only when the client may read its data; mistakes get a
 * {@code ws.error} with an HTTP-like status and the socket stays open.
 */
@ApplicationScoped
public class ClientCommands {
    static final int MAX_SUBSCRIPTIONS = 200;
    static final int REPLAY_LIMIT = 1000;

    @Inject
    SocketAuth auth;

    @Inject
    TopicAccessQuery topics;

    @Inject
    LiveClients clients;

    @Inject
    LiveFeed feed;

    public void handle(LiveClient client, String text) {
        Optional<JsonObject> message = parse(text);
        if (message.isEmpty()) {
            client.send(ControlMessages.error(null, 400, "a message is a JSON object with an action"));
            return;
        }
        String action = string(message.get(), "action");
        if (client.viewer() == null) {
            authenticate(client, "auth".equals(action) ? string(message.get(), "token") : null);
            return;
        }
        switch (action == null ? "" : action) {
            case "subscribe" -> subscribe(client, string(message.get(), "topic"), message.get().get("filter"));
            case "unsubscribe" -> unsubscribe(client, string(message.get(), "topic"));
            case "resume" -> resume(client, message.get().get("lastEventId"));
            case "ping" -> client.send(ControlMessages.pong());
            default -> client.send(ControlMessages.error(null, 400,
                    "unknown action; use subscribe, unsubscribe, resume or ping"));
        }
    }

    /** Lets the client in, or closes it with 1008 when the token is missing or not a live session. */
    public void authenticate(LiveClient client, String token) {
        Optional<SocketAuth.Grant> grant = auth.verify(token);
        if (grant.isEmpty()) {
            client.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "unauthenticated"));
            return;
        }
        client.authenticate(grant.get().viewer(), grant.get().sessionId(), grant.get().expiresAt());
        client.send(ControlMessages.welcome(grant.get().viewer().accountId().value(), feed.lastId()));
    }

    private void subscribe(LiveClient client, String topic, JsonValue filterJson) {
        TopicAccess access = topics.access(client.viewer(), topic);
        if (access != TopicAccess.ALLOWED) {
            client.send(access == TopicAccess.FORBIDDEN ? ControlMessages.error(topic, 403, "not allowed to read " + topic)
                    : ControlMessages.error(topic, 400, "unknown topic"));
            return;
        }
        if (client.subscriptions().size() >= MAX_SUBSCRIPTIONS && !client.subscriptions().containsKey(topic)) {
            client.send(ControlMessages.error(topic, 400, "at most " + MAX_SUBSCRIPTIONS + " subscriptions"));
            return;
        }
        Optional<TopicFilter> filter = TopicFilters.parse(topic, filterJson);
        if (filter.isEmpty()) {
            client.send(ControlMessages.error(topic, 400, TopicFilters.RULE));
            return;
        }
        clients.subscribe(client, topic, filter.get());
        client.send(ControlMessages.subscribed(topic));
    }

    private void unsubscribe(LiveClient client, String topic) {
        clients.unsubscribe(client, topic);
        client.send(ControlMessages.unsubscribed(String.valueOf(topic)));
    }

    private void resume(LiveClient client, JsonValue lastEventId) {
        if (!(lastEventId instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
            client.send(ControlMessages.error(null, 400, "lastEventId must be a whole number of at least 0"));
            return;
        }
        LiveFeed.Replay replay = feed.after(number.longValue(), REPLAY_LIMIT);
        List<OutboundMessage> missed = new ArrayList<>();
        for (FeedEvent event : replay.events()) {
            if (clients.wants(client, event)) {
                missed.add(OutboundMessage.of(event.text()));
            }
        }
        boolean complete = replay.complete() && replay.events().size() < REPLAY_LIMIT;
        missed.add(OutboundMessage.of(ControlMessages.resumed(missed.size(), complete, feed.lastId())));
        client.send(missed);
    }

    private static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonObject message, String name) {
        JsonValue value = message.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? message.getString(name) : null;
    }
}
