package org.eveseat.domain.alert;

import org.eveseat.domain.alert.port.out.AlertChannelRepository;

class InMemoryAlertChannelsTest implements AlertChannelRepositoryContract {
    private final InMemoryAlertChannels channels = new InMemoryAlertChannels();

    @Override
    public AlertChannelRepository channels() {
        return channels;
    }
}
