package org.eveseat.domain.alert.model;

import java.time.Instant;

import org.eveseat.domain.shared.AccountId;

/** A Discord or Slack webhook an account has alerts posted to, and how its last post went. */
public record AlertChannel(long id, AccountId account, ChannelKind kind, String name, String webhook,
                           Instant createdAt, Delivery lastDelivery) {
    /**
     * The webhook without its secret part (the token after the last slash), which anyone holding it could post
     * with; shown on screens and in answers instead of the whole address.
     */
    public String maskedWebhook() {
        int cut = webhook.lastIndexOf('/');
        return webhook.substring(0, cut + 1) + "…";
    }
}
