package org.eveseat.adapter.alert;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eveseat.domain.alert.port.in.ForwardAlertUseCase;
import org.eveseat.domain.event.model.LiveEvent;

/**
 * Hands each alert the node raised to the alert channels, off the raising thread: a sync never waits for Discord
 * or Slack, and their failures are logged, never thrown. The use case is looked up at the first event, as it is
 * built from the same domain whose events it forwards.
 */
@ApplicationScoped
public class AlertForwarding {
    private static final Logger LOG = Logger.getLogger(AlertForwarding.class.getName());

    @Inject
    Instance<ForwardAlertUseCase> forward;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService background;

    public void offer(LiveEvent event) {
        ForwardAlertUseCase channels = forward.get();
        if (!channels.isAlert(event.type())) {
            return;
        }
        background.execute(() -> {
            try {
                channels.forward(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "alert " + event.type() + " on " + event.topic() + " not forwarded", e);
            }
        });
    }
}
