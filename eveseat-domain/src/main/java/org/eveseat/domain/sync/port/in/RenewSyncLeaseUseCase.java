package org.eveseat.domain.sync.port.in;

import org.eveseat.domain.sync.model.SyncKey;

/**
 * Keeps a long-running sync's claim alive: called after each chunk of work, it pushes the lease end one lease
 * further. A node that dies stops renewing, so its syncs fall due again one lease after its last chunk.
 */
public interface RenewSyncLeaseUseCase {
    void renew(SyncKey key);
}
