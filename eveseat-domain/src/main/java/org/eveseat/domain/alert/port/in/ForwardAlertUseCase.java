package org.eveseat.domain.alert.port.in;

import org.eveseat.domain.event.model.LiveEvent;

/**
 * Posts an alert raised on a live topic to the Discord and Slack channels of every account that may see that
 * topic. Called once, by the node that raised it; events that are no alerts are ignored.
 */
public interface ForwardAlertUseCase {
    /** Whether events of this type are alerts that go to channels (the caller may skip the others cheaply). */
    boolean isAlert(String eventType);

    void forward(LiveEvent event);
}
