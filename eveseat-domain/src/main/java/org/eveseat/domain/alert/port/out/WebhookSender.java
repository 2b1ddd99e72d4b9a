package org.eveseat.domain.alert.port.out;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;

/** Posts to Discord and Slack webhooks, in each one's message format, within each one's rate limits. */
public interface WebhookSender {
    /**
     * Whether this server posts to that address for that kind: the addresses Discord and Slack hand out, and those
     * an operator allowed in addition (a relay of their own).
     */
    boolean accepts(ChannelKind kind, String webhook);

    /** Posts the message and says how it went; never throws for what the service answered. */
    Delivery send(AlertChannel channel, AlertMessage message);
}
