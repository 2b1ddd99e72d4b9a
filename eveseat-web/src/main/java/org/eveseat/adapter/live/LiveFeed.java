package org.eveseat.adapter.live;

import java.util.List;

/**
 * Where published events go: numbered in one order for the whole cluster, delivered to the sockets of every
 * node, and kept in a bounded buffer so a client that reconnects can ask for what it missed.
 */
public interface LiveFeed {
    void publish(String topic, Audience audience, String body);

    default void publish(String topic, String body) {
        publish(topic, Audience.EVERYONE, body);
    }

    /** Buffered events after the given id, oldest first, at most {@code max}. */
    Replay after(long lastEventId, int max);

    /** The id of the newest event, or 0 when there is none. */
    long lastId();

    /** The events found, and whether they are all the client missed (false when the buffer has moved past it). */
    record Replay(List<FeedEvent> events, boolean complete) {
    }
}
