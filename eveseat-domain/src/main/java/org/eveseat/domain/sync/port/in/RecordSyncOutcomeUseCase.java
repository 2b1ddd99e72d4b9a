package org.eveseat.domain.sync.port.in;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.SyncKey;

/** Notes how a sync ended and plans its next run from that (ESI's Expires, the interval, the back-off). */
public interface RecordSyncOutcomeUseCase {
    void record(SyncKey key, SyncOutcome outcome);
}
