package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Syncs public, universe-wide data: Who holds each system (alliance or faction), with the holders' names. */
public interface SyncSovereigntyUseCase {
    SyncOutcome sync();
}
