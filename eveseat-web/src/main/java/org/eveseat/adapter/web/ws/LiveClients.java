package org.eveseat.adapter.web.ws;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eveseat.adapter.live.FeedEvent;

/**
 * This node's connected sockets, indexed by topic so an event reaches its subscribers without a scan of everyone.
 * Delivery only queues text on each client, so it is quick whatever the clients' speed.
 */
@ApplicationScoped
public class LiveClients {
    private final Set<LiveClient> all = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<LiveClient>> byTopic = new ConcurrentHashMap<>();

    public void add(LiveClient client) {
        all.add(client);
    }

    public void remove(LiveClient client) {
        all.remove(client);
        client.subscriptions().keySet().forEach(topic -> leave(client, topic));
    }

    void subscribe(LiveClient client, String topic, TopicFilter filter) {
        client.subscriptions().put(topic, filter);
        byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(client);
    }

    void unsubscribe(LiveClient client, String topic) {
        if (client.subscriptions().remove(topic) != null) {
            leave(client, topic);
        }
    }

    private void leave(LiveClient client, String topic) {
        byTopic.computeIfPresent(topic, (t, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
    }

    /** Queues the event for every subscriber of its topic whose filter it passes. */
    public void deliver(FeedEvent event) {
        Set<LiveClient> subscribers = byTopic.get(event.topic());
        if (subscribers == null) {
            return;
        }
        String text = event.text();
        JsonObject payload = null;
        for (LiveClient client : subscribers) {
            TopicFilter filter = client.subscriptions().get(event.topic());
            if (filter == null) {
                continue;
            }
            if (!filter.isNone()) {
                payload = payload != null ? payload : payloadOf(text);
                if (!filter.matches(payload)) {
                    continue;
                }
            }
            client.send(text);
        }
    }

    /** Whether the client passes its filter for this (replayed) event. */
    boolean wants(LiveClient client, FeedEvent event) {
        TopicFilter filter = client.subscriptions().get(event.topic());
        return filter != null && (filter.isNone() || filter.matches(payloadOf(event.text())));
    }

    public void forEach(Consumer<LiveClient> action) {
        all.forEach(action);
    }

    public int count() {
        return all.size();
    }

    private static JsonObject payloadOf(String envelope) {
        try (JsonReader reader = Json.createReader(new StringReader(envelope))) {
            return reader.readObject().getJsonObject("payload");
        }
    }
}
