package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.sync.model.SyncEndpoint.OwnerKind;
import org.eveseat.domain.sync.model.SyncTimes;

/**
 * When each kind of a character's or corporation's data was last synced and when it will be next, for the "last
 * synced at" of the player's screens. An owner the viewer may not see is a not-found, as everywhere else.
 */
public interface SyncTimesQuery {
    /** Every endpoint the scheduler can run for this kind of owner, planned or not; {@code kind} is a character or corporation. */
    List<SyncTimes> times(Viewer viewer, OwnerKind kind, long ownerId);
}
