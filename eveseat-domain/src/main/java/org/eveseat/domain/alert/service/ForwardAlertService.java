package org.eveseat.domain.alert.service;

import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.port.in.ForwardAlertUseCase;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.alert.port.out.WebhookSender;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * Tells each channel whose account may see the alert's topic, by the rules of live push, as that account without
 * admin rights: an admin's channel gets the alerts of the admin's own pilots and corporations, not everyone's.
 * An event with a named audience goes only to those accounts' channels.
 */
public class ForwardAlertService implements ForwardAlertUseCase {
    private final AlertChannelRepository channels;
    private final WebhookSender sender;
    private final TopicAccessQuery access;
    private final ResolveNamesQuery names;

    public ForwardAlertService(AlertChannelRepository channels, WebhookSender sender, TopicAccessQuery access,
                               ResolveNamesQuery names) {
        this.channels = channels;
        this.sender = sender;
        this.access = access;
        this.names = names;
    }

    @Override
    public boolean isAlert(String eventType) {
        return AlertMessages.TYPES.contains(eventType);
    }

    @Override
    public void forward(LiveEvent event) {
        if (!isAlert(event.type())) {
            return;
        }
        var receivers = channels.all().stream().filter(channel -> mayHear(channel, event)).toList();
        if (receivers.isEmpty()) {
            return;
        }
        Optional<AlertMessage> message = AlertMessages.of(event, ownerName(event));
        if (message.isEmpty() || message.get().lines().isEmpty()) {
            return;
        }
        for (AlertChannel channel : receivers) {
            channels.recordDelivery(channel.id(), sender.send(channel, message.get()));
        }
    }

    private boolean mayHear(AlertChannel channel, LiveEvent event) {
        if (event.audience() != null && !event.audience().contains(channel.account())) {
            return false;
        }
        return access.access(new Viewer(channel.account(), false), event.topic())
                == TopicAccessQuery.TopicAccess.ALLOWED;
    }

    private String ownerName(LiveEvent event) {
        String unnamed = event.payload().containsKey("characterId") ? "One of your pilots" : "Your corporation";
        return AlertMessages.ownerId(event)
                .flatMap(id -> names.resolve(Set.of(id)).find(id).map(ResolvedName::name))
                .orElse(unnamed);
    }
}
