package org.eveseat.domain.sync.port.in;

/**
 * A node that shuts down gives back the leases it holds, so its syncs are due again at once, on this node once it is
 * back or on another, instead of one lease later; an operator's "run now" is then not refused as still running. A
 * node that crashes gives back nothing: its leases run out. Returns how many were given back.
 */
public interface ReleaseSyncLeasesUseCase {
    int releaseHeld();
}
