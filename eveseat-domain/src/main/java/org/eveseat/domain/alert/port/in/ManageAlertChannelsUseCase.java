package org.eveseat.domain.alert.port.in;

import java.util.List;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.shared.Viewer;

/** An account's own Discord and Slack channels for its alerts: no account sees or changes another's. */
public interface ManageAlertChannelsUseCase {
    /** The most channels an account may keep. */
    int MAX_PER_ACCOUNT = 10;

    List<AlertChannel> list(Viewer viewer);

    AlertChannel add(Viewer viewer, NewAlertChannel channel);

    /** Removes the viewer's channel; another account's or an unknown one is not found. */
    void remove(Viewer viewer, long channelId);

    /** Posts a test message to the viewer's channel now and returns how it went. */
    Delivery test(Viewer viewer, long channelId);
}
