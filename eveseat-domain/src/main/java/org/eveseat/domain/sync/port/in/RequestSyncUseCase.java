package org.eveseat.domain.sync.port.in;

import org.eveseat.domain.sync.model.SyncKey;

/**
 * An operator's "sync now": the planned sync becomes due at once, still subject to ESI's cache (a read before
 * Expires is skipped by the ESI adapter). Throws NotFound when the sync is not planned.
 */
public interface RequestSyncUseCase {
    void request(SyncKey key);
}
