package org.eveseat.adapter.batch.scheduler;

import java.time.Instant;

import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * A sync job's end as its sync's outcome: updated until page 1's Expires, deferred until the end of the pause that
 * stopped it, deferred to now when its node stopped it on the way down, or failed with the step's exception.
 */
public final class JobOutcomes {
    private JobOutcomes() {
    }

    public static SyncOutcome of(Instant expires, Exception failure) {
        return of(expires, failure, null);
    }

    public static SyncOutcome of(Instant expires, Exception failure, UpstreamPausedException pause) {
        return of(expires, failure, pause, false);
    }

    /** {@code stopped}: the batch runtime stopped the job (its node is going down); its walk goes on next time. */
    public static SyncOutcome of(Instant expires, Exception failure, UpstreamPausedException pause, boolean stopped) {
        if (pause != null) {
            return new SyncOutcome(Status.DEFERRED, pause.until(), pause.getMessage());
        }
        if (stopped && failure == null) {
            return SyncOutcome.stopped(SyncRunners.STOPPED);
        }
        if (failure == null) {
            return SyncOutcome.of(Status.UPDATED, expires);
        }
        if (failure instanceof TokenInvalidException) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, String.valueOf(failure.getMessage()));
        }
        return SyncOutcome.failed(failure, null);
    }
}
