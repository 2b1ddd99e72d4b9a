package org.eveseat.adapter.web.ws;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.live.FeedEvent;
import org.eveseat.adapter.live.LiveFeed;
import org.eveseat.adapter.live.LocalLiveFeed;
import org.eveseat.adapter.cluster.HazelcastLiveFeeds;

/**
 * Chooses the feed once: the cluster's when the server runs Hazelcast (Payara), else one of this node alone
 * (an application server without it). The Hazelcast classes are touched only when they are there.
 */
@ApplicationScoped
public class LiveFeedProducer {
    private static final Logger LOG = Logger.getLogger(LiveFeedProducer.class.getName());

    @Inject
    LiveClients clients;

    @Inject
    SessionRevocations revocations;

    /** How many events a node without Hazelcast keeps for clients that reconnect. */
    @Inject
    @ConfigProperty(name = "eveseat.live.replay-buffer", defaultValue = "10000")
    int replayBuffer;

    @Produces
    @ApplicationScoped
    LiveFeed feed() {
        if (HazelcastLiveFeeds.available()) {
            LiveFeed feed = HazelcastLiveFeeds.create(this::deliver);
            if (feed != null) {
                return feed;
            }
        }
        LOG.info("no Hazelcast here: live events reach the sockets of this node only");
        return new LocalLiveFeed(replayBuffer, this::deliver);
    }

    /** Every node's sockets get the event; a logout or revoked role closes or narrows some of them first. */
    private void deliver(FeedEvent event) {
        revocations.apply(event);
        clients.deliver(event);
    }
}
