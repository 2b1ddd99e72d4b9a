package org.eveseat.adapter.web.ws;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eveseat.adapter.live.FeedEvent;

/**
 * This node's connected sockets, indexed by topic so an event reaches its subscribers without a scan of everyone.
 * Delivery only queues text on each client, so it is quick whatever the clients' speed. Each client belongs to
 * one of a few delivery lanes (one thread each, as many as cores): an event goes out on all lanes at once, and a
 * client's events keep their order because its lane is always the same.
 */
@ApplicationScoped
public class LiveClients {
    private final Set<LiveClient> all = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<LiveClient>> byTopic = new ConcurrentHashMap<>();
    private final AtomicInteger nextLane = new AtomicInteger();

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ExecutorService[] lanes;

    @PostConstruct
    void openLanes() {
        lanes = new ExecutorService[Math.max(1, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(threads);
        }
    }

    @PreDestroy
    void closeLanes() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    public void add(LiveClient client) {
        client.lane(Math.floorMod(nextLane.getAndIncrement(), lanes.length));
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

    /** Queues the event, on every lane, for each subscriber of its topic whose filter it passes. */
    public void deliver(FeedEvent event) {
        Set<LiveClient> subscribers = byTopic.get(event.topic());
        if (subscribers == null) {
            return;
        }
        String text = event.text();
        for (int lane = 0; lane < lanes.length; lane++) {
            int mine = lane;
            lanes[lane].execute(() -> deliver(event, text, subscribers, mine));
        }
    }

    private void deliver(FeedEvent event, String text, Set<LiveClient> subscribers, int lane) {
        JsonObject payload = null;
        for (LiveClient client : subscribers) {
            TopicFilter filter = client.subscriptions().get(event.topic());
            if (filter == null || client.lane() != lane) {
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
