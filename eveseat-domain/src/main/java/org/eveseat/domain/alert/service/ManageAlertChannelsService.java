package org.eveseat.domain.alert.service;

import java.time.Clock;
import java.util.List;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.in.ManageAlertChannelsUseCase;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.alert.port.out.WebhookSender;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;

/**
 * Keeps each account's channels its own; a webhook must be one Discord or Slack hands out, or one the operator
 * allowed.
 */
public class ManageAlertChannelsService implements ManageAlertChannelsUseCase {
    private final AlertChannelRepository channels;
    private final WebhookSender sender;
    private final Clock clock;

    public ManageAlertChannelsService(AlertChannelRepository channels, WebhookSender sender, Clock clock) {
        this.channels = channels;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public List<AlertChannel> list(Viewer viewer) {
        return channels.forAccount(viewer.accountId());
    }

    @Override
    public AlertChannel add(Viewer viewer, NewAlertChannel channel) {
        if (!sender.accepts(channel.kind(), channel.webhook())) {
            throw new RuleViolationException("a " + channel.kind().name().toLowerCase() + " webhook address starts"
                    + " with " + String.join(" or ", channel.kind().prefixes()));
        }
        if (channels.forAccount(viewer.accountId()).size() >= MAX_PER_ACCOUNT) {
            throw new RuleViolationException("an account keeps at most " + MAX_PER_ACCOUNT + " alert channels");
        }
        return channels.add(viewer.accountId(), channel, clock.instant());
    }

    @Override
    public void remove(Viewer viewer, long channelId) {
        if (!channels.remove(viewer.accountId(), channelId)) {
            throw new NotFoundException("no alert channel " + channelId);
        }
    }

    @Override
    public Delivery test(Viewer viewer, long channelId) {
        AlertChannel channel = channels.find(viewer.accountId(), channelId)
                .orElseThrow(() -> new NotFoundException("no alert channel " + channelId));
        Delivery delivery = sender.send(channel, new AlertMessage("EVESeat: test message",
                List.of("Alerts of your pilots and corporations will be posted to “" + channel.name() + "”."),
                clock.instant()));
        channels.recordDelivery(channelId, delivery);
        return delivery;
    }
}
