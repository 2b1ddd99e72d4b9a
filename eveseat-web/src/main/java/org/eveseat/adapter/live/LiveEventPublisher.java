package org.eveseat.adapter.live;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.alert.AlertForwarding;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.AccountId;

/**
 * The domain's event out-port: writes the envelope once and hands it to the feed, and an alert to the alert channels;
 * a failure is logged, not thrown.
 */
@ApplicationScoped
public class LiveEventPublisher implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(LiveEventPublisher.class.getName());

    @Inject
    LiveFeed feed;

    @Inject
    AlertForwarding alerts;

    @Override
    public void publish(LiveEvent event) {
        try {
            Audience audience = event.audience() == null ? Audience.EVERYONE
                    : Audience.of(event.audience().stream().map(AccountId::value).toList());
            feed.publish(event.topic(), audience, EventJson.body(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live event " + event.type() + " on " + event.topic() + " not pushed", e);
        }
        try {
            alerts.offer(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert " + event.type() + " on " + event.topic() + " not forwarded", e);
        }
    }
}
