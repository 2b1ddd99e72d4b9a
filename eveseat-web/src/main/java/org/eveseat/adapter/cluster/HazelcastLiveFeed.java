package org.eveseat.adapter.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import com.hazelcast.topic.ITopic;

import org.eveseat.adapter.live.Audience;
import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.adapter.live.LiveFeed;

/**
 * The cluster's feed: a Hazelcast ring buffer numbers every event (its sequence + 1 is the event id, the same on
 * every node) and keeps the last ones for replay; a Hazelcast topic carries each numbered event to every node,
 * which delivers it to its own sockets. Items are plain strings, so no application class crosses the wire.
 */
public class HazelcastLiveFeed implements LiveFeed {
    static final String NAME = "eveseat-live";

    private final Ringbuffer<String> buffer;
    private final ITopic<String> topic;

    public HazelcastLiveFeed(HazelcastInstance hazelcast, Consumer<FeedEvent> delivery) {
        this.buffer = hazelcast.getRingbuffer(NAME);
        this.topic = hazelcast.getTopic(NAME);
        topic.addMessageListener(message -> delivery.accept(FeedEvent.ofLine(message.getMessageObject())));
    }

    /**
     * Numbered and sent under one lock: Hazelcast keeps one member's messages in the order it sent them, so this
     * node's events reach every socket in id order (events of different nodes may still interleave).
     */
    @Override
    public synchronized void publish(String eventTopic, Audience audience, String body) {
        long sequence = buffer.add(FeedEvent.unnumbered(eventTopic, audience, body));
        topic.publish(new FeedEvent(sequence + 1, eventTopic, audience, body).line());
    }

    @Override
    public Replay after(long lastEventId, int max) {
        long head = buffer.headSequence();
        long tail = buffer.tailSequence();
        long from = Math.max(lastEventId, head);
        if (from > tail || max <= 0) {
            return new Replay(List.of(), lastEventId <= tail + 1 && lastEventId >= head);
        }
        try {
            ReadResultSet<String> read = buffer.readManyAsync(from, 0, max, null).toCompletableFuture().get();
            List<FeedEvent> events = new ArrayList<>(read.size());
            for (int i = 0; i < read.size(); i++) {
                events.add(FeedEvent.numbered(read.getSequence(i) + 1, read.get(i)));
            }
            boolean complete = lastEventId >= head && from + events.size() > tail;
            return new Replay(events, complete);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Replay(List.of(), false);
        } catch (ExecutionException e) {
            return new Replay(List.of(), false);
        }
    }

    @Override
    public long lastId() {
        return buffer.tailSequence() + 1;
    }
}
