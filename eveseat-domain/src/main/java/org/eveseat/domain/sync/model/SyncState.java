package org.eveseat.domain.sync.model;

import java.time.Instant;

/**
 * What the last runs of a scheduled sync left behind, for the admin console and the back-off: when it ran and
 * last succeeded, how it ended, the last error and how many runs in a row have failed.
 */
public record SyncState(Instant lastRun, Instant lastSuccess, String lastStatus, String lastError,
                        int consecutiveFailures) {
    public static SyncState never() {
        return new SyncState(null, null, "NEW", null, 0);
    }
}
