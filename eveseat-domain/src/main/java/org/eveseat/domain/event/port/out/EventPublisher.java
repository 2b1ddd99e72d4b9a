package org.eveseat.domain.event.port.out;

import org.eveseat.domain.event.model.LiveEvent;

/**
 * Hands an event to whoever pushes events to connected clients, on this node and the others. Publishing never
 * fails the use case that raised the event: a lost push costs a client a refresh, a failed sync costs data.
 */
public interface EventPublisher {
    void publish(LiveEvent event);
}
