package org.eveseat.adapter.cluster;

import java.util.function.Consumer;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

import com.hazelcast.core.HazelcastInstance;

import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.adapter.live.LiveFeed;

/** Builds the Hazelcast feed when the server offers a Hazelcast instance; callers check {@link #available()} first. */
public final class HazelcastLiveFeeds {
    private HazelcastLiveFeeds() {
    }

    public static boolean available() {
        try {
            Class.forName("com.hazelcast.core.HazelcastInstance", false, HazelcastLiveFeeds.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The cluster feed, or null when no Hazelcast instance can be injected. */
    public static LiveFeed create(Consumer<FeedEvent> delivery) {
        Instance<HazelcastInstance> hazelcast = CDI.current().select(HazelcastInstance.class);
        return hazelcast.isResolvable() ? new HazelcastLiveFeed(hazelcast.get(), delivery) : null;
    }
}
