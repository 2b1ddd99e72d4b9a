package org.eveseat.domain.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.port.out.WebhookSender;

/** Keeps what would have been posted, accepts Discord's and Slack's own addresses, and answers as told. */
public final class RecordingWebhooks implements WebhookSender {
    public record Post(AlertChannel channel, AlertMessage message) {
    }

    public final List<Post> posts = new ArrayList<>();
    private Delivery answer = Delivery.delivered(Instant.parse("2026-12-07T20:00:00Z"));

    public RecordingWebhooks answering(Delivery delivery) {
        answer = delivery;
        return this;
    }

    @Override
    public boolean accepts(ChannelKind kind, String webhook) {
        return kind.prefixes().stream().anyMatch(webhook::startsWith);
    }

    @Override
    public synchronized Delivery send(AlertChannel channel, AlertMessage message) {
        posts.add(new Post(channel, message));
        return answer;
    }
}
