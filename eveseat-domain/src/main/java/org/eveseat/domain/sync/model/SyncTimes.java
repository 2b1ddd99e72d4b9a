package org.eveseat.domain.sync.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * How fresh the data of one endpoint is for its owner, as a player's screen shows it: when it was last stored from
 * ESI and when the next sync is due, with how the last run ended. An endpoint the scheduler does not keep for the
 * owner (its scope not granted, the token revoked, no member with the roles) is not planned and has neither time.
 */
public record SyncTimes(SyncEndpoint endpoint, boolean planned, Instant lastSuccess, Instant nextDue,
                        String lastStatus) {
    public SyncTimes {
        Require.present(endpoint, "endpoint");
    }

    public static SyncTimes of(ScheduledSync sync) {
        return new SyncTimes(sync.key().endpoint(), true, sync.state().lastSuccess(), sync.nextDue(),
                sync.state().lastStatus());
    }

    public static SyncTimes notPlanned(SyncEndpoint endpoint) {
        return new SyncTimes(endpoint, false, null, null, null);
    }
}
