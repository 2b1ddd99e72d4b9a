package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Syncs public, universe-wide data: The sovereignty campaigns scheduled or running now. */
public interface SyncSovereigntyCampaignsUseCase {
    SyncOutcome sync();
}
