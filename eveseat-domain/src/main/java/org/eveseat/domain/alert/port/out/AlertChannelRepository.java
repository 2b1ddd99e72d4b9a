package org.eveseat.domain.alert.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.shared.AccountId;

/** The accounts' alert channels. */
public interface AlertChannelRepository {
    List<AlertChannel> forAccount(AccountId account);

    /** Every channel of the server, for the forwarding of an alert. */
    List<AlertChannel> all();

    Optional<AlertChannel> find(AccountId account, long channelId);

    AlertChannel add(AccountId account, NewAlertChannel channel, Instant at);

    /** Removes the account's channel; false if it has none of that id. */
    boolean remove(AccountId account, long channelId);

    void recordDelivery(long channelId, Delivery delivery);
}
