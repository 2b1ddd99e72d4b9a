package org.eveseat.domain.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.shared.AccountId;

/** Alert channels in a map, for the domain's tests. */
public final class InMemoryAlertChannels implements AlertChannelRepository {
    private final Map<Long, AlertChannel> channels = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<AlertChannel> forAccount(AccountId account) {
        return channels.values().stream().filter(c -> c.account().equals(account)).toList();
    }

    @Override
    public synchronized List<AlertChannel> all() {
        return new ArrayList<>(channels.values());
    }

    @Override
    public synchronized Optional<AlertChannel> find(AccountId account, long channelId) {
        return Optional.ofNullable(channels.get(channelId)).filter(c -> c.account().equals(account));
    }

    @Override
    public synchronized AlertChannel add(AccountId account, NewAlertChannel channel, Instant at) {
        AlertChannel added = new AlertChannel(nextId++, account, channel.kind(), channel.name(), channel.webhook(),
                at, Delivery.NEVER);
        channels.put(added.id(), added);
        return added;
    }

    @Override
    public synchronized boolean remove(AccountId account, long channelId) {
        return find(account, channelId).map(c -> channels.remove(channelId)).isPresent();
    }

    @Override
    public synchronized void recordDelivery(long channelId, Delivery delivery) {
        channels.computeIfPresent(channelId, (id, c) -> new AlertChannel(id, c.account(), c.kind(), c.name(),
                c.webhook(), c.createdAt(), delivery));
    }
}
