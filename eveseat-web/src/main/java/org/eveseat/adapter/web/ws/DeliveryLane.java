package org.eveseat.adapter.web.ws;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.eveseat.adapter.live.Audience;

/**
 * One delivery thread and its clients, indexed by topic. An event's message is added to each subscriber's unsent
 * messages; the thread writes clients in the order they got something to send, each one's unsent messages in one
 * write, and between every few clients takes in the events that arrived meanwhile. Events that come while a pass
 * is still under way so reach the clients it has not written yet in the same write: the busier the lane, the
 * more messages each write carries. An event for a named audience (a killmail) skips the subscribers not in it.
 */
final class DeliveryLane {
    private static final int CLIENTS_BETWEEN_INTAKES = 64;

    private final Executor thread;
    private final Queue<Delivery> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Map<String, Map<LiveClient, TopicFilter>> byTopic = new ConcurrentHashMap<>();
    /** Only the lane's thread touches it; in the order clients got their first unsent message. */
    private final LinkedHashMap<LiveClient, List<OutboundMessage>> unsent = new LinkedHashMap<>();

    DeliveryLane(Executor thread) {
        this.thread = thread;
    }

    void join(LiveClient client, String topic, TopicFilter filter) {
        byTopic.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).put(client, filter);
    }

    void leave(LiveClient client, String topic) {
        byTopic.computeIfPresent(topic, (t, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
    }

    boolean listensTo(String topic) {
        return byTopic.containsKey(topic);
    }

    /** Queues the message for this lane's subscribers of the topic whose filter passes the (lazily read) payload. */
    void deliver(String topic, Audience audience, OutboundMessage message, Supplier<JsonObject> payload) {
        Map<LiveClient, TopicFilter> subscribers = byTopic.get(topic);
        if (subscribers != null) {
            arrived.add(new Delivery(subscribers, audience, message, payload));
            if (scheduled.compareAndSet(false, true)) {
                thread.execute(this::write);
            }
        }
    }

    private void write() {
        while (true) {
            takeIn();
            if (unsent.isEmpty()) {
                scheduled.set(false);
                if (arrived.isEmpty() || !scheduled.compareAndSet(false, true)) {
                    return;
                }
            } else {
                writeNext(CLIENTS_BETWEEN_INTAKES);
            }
        }
    }

    private void takeIn() {
        Delivery delivery;
        while ((delivery = arrived.poll()) != null) {
            delivery.pick(this::add);
        }
    }

    private void add(LiveClient client, OutboundMessage message) {
        unsent.computeIfAbsent(client, c -> new ArrayList<>(2)).add(message);
    }

    private void writeNext(int clients) {
        Iterator<Map.Entry<LiveClient, List<OutboundMessage>>> next = unsent.entrySet().iterator();
        for (int written = 0; written < clients && next.hasNext(); written++) {
            Map.Entry<LiveClient, List<OutboundMessage>> client = next.next();
            next.remove();
            client.getKey().send(client.getValue());
        }
    }

    private record Delivery(Map<LiveClient, TopicFilter> subscribers, Audience audience, OutboundMessage message,
            Supplier<JsonObject> payload) {
        void pick(BiConsumer<LiveClient, OutboundMessage> into) {
            JsonObject read = null;
            for (Map.Entry<LiveClient, TopicFilter> subscriber : subscribers.entrySet()) {
                if (!audience.isEveryone() && !subscriber.getKey().mayReceive(audience)) {
                    continue;
                }
                TopicFilter filter = subscriber.getValue();
                if (!filter.isNone()) {
                    read = read != null ? read : payload.get();
                    if (!filter.matches(read)) {
                        continue;
                    }
                }
                into.accept(subscriber.getKey(), message);
            }
        }
    }
}
