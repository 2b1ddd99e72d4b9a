package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.ScheduledSync;

/**
 * Takes up to {@code limit} due syncs of the partitions this node owns, each leased so no other node runs it
 * meanwhile; a lease that runs out (its node died) makes the sync due again.
 */
public interface ClaimDueSyncsUseCase {
    List<ScheduledSync> claim(int limit);
}
