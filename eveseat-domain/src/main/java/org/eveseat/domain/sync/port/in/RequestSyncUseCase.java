package org.eveseat.domain.sync.port.in;

import java.util.Optional;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncKey;

/**
 * An operator's "sync now": the planned sync becomes due at once and is leased to the caller, who runs it (and
 * only it) now, still subject to ESI's cache (a read before Expires is skipped by the ESI adapter). Empty when a
 * scheduler pass took it first (that pass runs it). Throws NotFound when the sync is not planned, Conflict while
 * a run of it holds its lease.
 */
public interface RequestSyncUseCase {
    Optional<ScheduledSync> request(SyncKey key);
}
