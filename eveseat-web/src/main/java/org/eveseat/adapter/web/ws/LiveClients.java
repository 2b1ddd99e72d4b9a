package org.eveseat.adapter.web.ws;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.StringReader;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eveseat.adapter.live.FeedEvent;

/**
 * This node's connected sockets, each on one of a few {@link DeliveryLane}s (one thread each, as many as cores).
 * A lane indexes its own clients by topic, so an event reaches its subscribers without a scan of everyone. An
 * event goes out on all lanes at once, its frame encoded once for all, and a client's events keep their order
 * because its lane is always the same. Delivery never waits for a client, whatever the clients' speed.
 */
@ApplicationScoped
public class LiveClients {
    private final Set<LiveClient> all = ConcurrentHashMap.newKeySet();
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
        client.subscriptions().keySet().forEach(topic -> laneOf(client).leave(client, topic));
    }

    void subscribe(LiveClient client, String topic, TopicFilter filter) {
        client.subscriptions().put(topic, filter);
        laneOf(client).join(client, topic, filter);
    }

    void unsubscribe(LiveClient client, String topic) {
        if (client.subscriptions().remove(topic) != null) {
            laneOf(client).leave(client, topic);
        }
    }

    private DeliveryLane laneOf(LiveClient client) {
        return lanes[client.lane()];
    }

    /** Hands the event to every lane, for each subscriber of its topic whose filter it passes. */
    public void deliver(FeedEvent event) {
        OutboundMessage message = null;
        for (DeliveryLane lane : lanes) {
            if (lane.listensTo(event.topic())) {
                // encoded only for events someone listens to: most sync events have no socket
                message = message != null ? message : OutboundMessage.of(event.text());
                String text = message.text();
                lane.deliver(event.topic(), event.audience(), message, () -> payloadOf(text));
            }
        }
    }

    /** Whether the client may receive this (replayed) event and passes its filter for it. */
    boolean wants(LiveClient client, FeedEvent event) {
        TopicFilter filter = client.subscriptions().get(event.topic());
        return filter != null && client.mayReceive(event.audience())
                && (filter.isNone() || filter.matches(payloadOf(event.text())));
    }

    public void forEach(Consumer<LiveClient> action) {
        all.forEach(action);
    }

    public int count() {
        return all.size();
    }

    private static JsonObject payloadOf(String envelope) {
        try (JsonReader reader = JSON.createReader(new StringReader(envelope))) {
            return reader.readObject().getJsonObject("payload");
        }
    }
}
