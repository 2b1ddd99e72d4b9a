package org.eveseat.domain.sync.model;


import org.eveseat.domain.shared.Require;

/** One endpoint of one owner: the unit the scheduler plans, claims and records. Owner 0 is the whole universe. */
public record SyncKey(SyncEndpoint endpoint, long ownerId) {
    public SyncKey {
        Require.present(endpoint, "sync endpoint");
        Require.notNegative(ownerId, "sync owner id");
    }

    @Override
    public String toString() {
        return endpoint + ":" + ownerId;
    }
}
