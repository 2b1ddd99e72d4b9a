package org.eveseat.domain.sync.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * A planned sync: its key, the character whose token it reads with (0 for public data), the cluster partition
 * that decides which node runs it, when it is due next, and how its last runs went.
 */
public record ScheduledSync(SyncKey key, long viaCharacterId, int partition, Instant nextDue, SyncState state) {
    public ScheduledSync {
        Require.present(key, "sync key");
        Require.present(nextDue, "next due time");
        Require.present(state, "sync state");
    }
}
