package org.eveseat.adapter.web.ws;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.StringReader;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;

import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.event.port.in.TopicAccessQuery.TopicAccess;

/**
 * Acts on the {@code sessions} topic, which reaches every node through the feed: a logout closes the sockets its
 * session opened, and an account that lost the admin role keeps its sockets but leaves the topics only admins may
 * read. Sockets were let in when the session was good; without this they would outlive it until the token expires.
 */
@ApplicationScoped
public class SessionRevocations {
    static final CloseReason LOGGED_OUT = new CloseReason(CloseCodes.VIOLATED_POLICY, "logged out");

    @Inject
    LiveClients clients;

    @Inject
    TopicAccessQuery topics;

    public void apply(FeedEvent event) {
        if (!LiveTopics.SESSIONS.equals(event.topic())) {
            return;
        }
        JsonObject envelope = read(event.body());
        JsonObject payload = envelope.getJsonObject("payload");
        switch (envelope.getString("type", "")) {
            case LiveTopics.SESSION_ENDED -> sessionEnded(payload.getString("sessionId"));
            case LiveTopics.ADMIN_REVOKED -> adminRevoked(payload.getJsonNumber("accountId").longValue());
            default -> { }
        }
    }

    private void sessionEnded(String sessionId) {
        clients.forEach(client -> {
            if (sessionId.equals(client.sessionId())) {
                client.close(LOGGED_OUT);
            }
        });
    }

    private void adminRevoked(long accountId) {
        clients.forEach(client -> {
            if (client.viewer() != null && client.viewer().accountId().value() == accountId) {
                client.withoutAdmin();
                for (String topic : List.copyOf(client.subscriptions().keySet())) {
                    if (topics.access(client.viewer(), topic) != TopicAccess.ALLOWED) {
                        clients.unsubscribe(client, topic);
                        client.send(ControlMessages.error(topic, 403, "no longer allowed to read " + topic));
                    }
                }
            }
        });
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
