package org.eveseat.adapter.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The feed of a node without Hazelcast (a plain application server): ids from one counter, a ring of the last
 * {@code capacity} events, delivery straight to this node's sockets.
 */
public class LocalLiveFeed implements LiveFeed {
    private final FeedEvent[] ring;
    private final Consumer<FeedEvent> delivery;
    private long lastId;

    public LocalLiveFeed(int capacity, Consumer<FeedEvent> delivery) {
        this.ring = new FeedEvent[capacity];
        this.delivery = delivery;
    }

    @Override
    public void publish(String topic, Audience audience, String body) {
        FeedEvent event;
        synchronized (this) {
            event = new FeedEvent(++lastId, topic, audience, body);
            ring[(int) (event.id() % ring.length)] = event;
        }
        delivery.accept(event);
    }

    @Override
    public synchronized Replay after(long lastEventId, int max) {
        long oldest = Math.max(1, lastId - ring.length + 1);
        long from = Math.max(lastEventId + 1, oldest);
        List<FeedEvent> events = new ArrayList<>();
        for (long id = from; id <= lastId && events.size() < max; id++) {
            events.add(ring[(int) (id % ring.length)]);
        }
        boolean complete = lastEventId <= lastId && lastEventId + 1 >= oldest && from + events.size() > lastId;
        return new Replay(events, complete);
    }

    @Override
    public synchronized long lastId() {
        return lastId;
    }
}
