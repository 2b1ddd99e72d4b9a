package org.eveseat.domain.sync.port.in;

import java.time.Duration;

/**
 * A node that shuts down gives back the leases it holds: each ends {@code stopping} from now (the time its jobs have
 * to stop after their current chunk), so its syncs are due again then, on this node once it is back or on another,
 * instead of one lease later; an operator's "run now" is then not refused as still running. The leases are shortened
 * before the jobs are awaited, as a server may end the process before that wait is over. A node that crashes gives
 * back nothing: its leases run out. Returns how many were given back.
 */
public interface ReleaseSyncLeasesUseCase {
    int releaseHeld(Duration stopping);
}
