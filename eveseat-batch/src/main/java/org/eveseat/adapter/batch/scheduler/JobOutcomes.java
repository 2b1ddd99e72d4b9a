package org.eveseat.adapter.batch.scheduler;

import java.time.Instant;

import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/** A sync job's end as its sync's outcome: updated until page 1's Expires, or failed with the step's exception. */
public final class JobOutcomes {
    private JobOutcomes() {
    }

    public static SyncOutcome of(Instant expires, Exception failure) {
        if (failure == null) {
            return SyncOutcome.of(Status.UPDATED, expires);
        }
        Status status = failure instanceof TokenInvalidException ? Status.TOKEN_INVALID : Status.FAILED;
        return new SyncOutcome(status, null, String.valueOf(failure.getMessage()));
    }
}
