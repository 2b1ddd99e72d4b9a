package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Syncs public, universe-wide data: The hourly kill and jump statistics of every system, stored per hour so a map can show a day. */
public interface SyncSystemActivityUseCase {
    SyncOutcome sync();
}
