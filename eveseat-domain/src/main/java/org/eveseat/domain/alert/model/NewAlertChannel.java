package org.eveseat.domain.alert.model;

import java.net.URI;
import java.net.URISyntaxException;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** A channel as asked for: its kind, a name for the account's own list, and the webhook address. */
public record NewAlertChannel(ChannelKind kind, String name, String webhook) {
    public NewAlertChannel {
        Require.present(kind, "channel kind");
        Require.text(name == null ? null : name.strip(), 100, "channel name");
        Require.text(webhook, 500, "webhook address");
        name = name.strip();
        webhook = webhook.strip();
        try {
            URI uri = new URI(webhook);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawPath() == null || uri.getRawPath().endsWith("/")) {
                throw new RuleViolationException("the webhook address must name the webhook itself, "
                        + "without a query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolationException("the webhook address is not a URL: " + e.getReason());
        }
    }
}
