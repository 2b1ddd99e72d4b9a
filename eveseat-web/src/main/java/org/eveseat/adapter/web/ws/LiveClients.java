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
 * Delivery never waits for a client, so it is quick whatever the clients' speed. Each client belongs to one of a
 * few {@link DeliveryLane}s (one thread each, as many as cores): an event goes out on all lanes at once, its frame
 * encoded once for all, and a client's events keep their order because its lane is always the same.
 */
@ApplicationScoped
public class LiveClients {
    private final Set<LiveClient> all = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<LiveClient>> byTopic = new ConcurrentHashMap<>();
    private final AtomicInteger nextLane = new AtomicInteger();

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    private ExecutorService[] threads;
    private DeliveryLane[] lanes;

    @PostConstruct
    void openLanes() {
        threads = new ExecutorService[Math.max(1, Runtime.getRuntime().availableProcessors())];
        lanes = new DeliveryLane[threads.length];
        for (int i = 0; i < lanes.length; i++) {
            threads[i] = Executors.newSingleThreadExecutor(threadFactory);
            lanes[i] = new DeliveryLane(threads[i]);
        }
    }

    @PreDestroy
    void closeLanes() {
        for (ExecutorService thread : threads) {
            thread.shutdownNow();
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

    /** Hands the event to every lane, for each subscriber of its topic whose filter it passes. */
    public void deliver(FeedEvent event) {
        Set<LiveClient> subscribers = byTopic.get(event.topic());
        if (subscribers == null) {
            return;
        }
        OutboundMessage message = OutboundMessage.of(event.text());
        for (int lane = 0; lane < lanes.length; lane++) {
            int mine = lane;
            lanes[lane].offer(round -> pick(event.topic(), message, subscribers, mine, round));
        }
    }

    private void pick(String topic, OutboundMessage message, Set<LiveClient> subscribers, int lane,
            DeliveryLane.Round round) {
        JsonObject payload = null;
        for (LiveClient client : subscribers) {
            TopicFilter filter = client.subscriptions().get(topic);
            if (filter == null || client.lane() != lane) {
                continue;
            }
            if (!filter.isNone()) {
                payload = payload != null ? payload : payloadOf(message.text());
                if (!filter.matches(payload)) {
                    continue;
                }
            }
            round.add(client, message);
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
