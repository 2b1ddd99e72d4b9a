package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Syncs public, universe-wide data: The incursions running now. */
public interface SyncIncursionsUseCase {
    SyncOutcome sync();
}
