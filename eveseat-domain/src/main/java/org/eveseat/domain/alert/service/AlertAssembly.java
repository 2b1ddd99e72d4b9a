package org.eveseat.domain.alert.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.alert.port.in.ManageAlertChannelsUseCase;
import org.eveseat.domain.alert.port.in.ForwardAlertUseCase;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.alert.port.out.WebhookSender;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** Builds the alert channels: an account's Discord and Slack webhooks, and the forwarding of alerts to them. */
public final class AlertAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(ManageAlertChannelsUseCase.class, wiring -> new ManageAlertChannelsService(
                wiring.get(AlertChannelRepository.class), wiring.get(WebhookSender.class), wiring.settings().clock()));
        catalogue.add(ForwardAlertUseCase.class, wiring -> new ForwardAlertService(
                wiring.get(AlertChannelRepository.class), wiring.get(WebhookSender.class),
                wiring.get(TopicAccessQuery.class), wiring.get(ResolveNamesQuery.class)));
    }
}
