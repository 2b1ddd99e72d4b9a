package org.eveseat.domain.shared;

import java.time.Instant;

/**
 * The result of one sync of one endpoint for one character or corporation. A sync never throws to its caller
 * (a scheduler or job): failures come back as a status with a detail and the time to try again.
 */
public record SyncOutcome(Status status, Instant nextDue, String detail) {
    /**
     * DEFERRED: ESI's budget said wait (error limit, rate group), or the node stopped the sync on its way down;
     * nothing failed, the sync is due when the pause ends (at once when it was stopped).
     */
    public enum Status { UPDATED, UNCHANGED, NOT_DUE, TOKEN_INVALID, FAILED, DEFERRED }

    public static SyncOutcome of(Status status, Instant nextDue) {
        return new SyncOutcome(status, nextDue, "");
    }

    /** A sync that stopped on {@code failure}: deferred to the pause's end if ESI's budget stopped it, else failed. */
    public static SyncOutcome failed(Exception failure, Instant retryAt) {
        return UpstreamPausedException.in(failure)
                .map(paused -> new SyncOutcome(Status.DEFERRED, paused.until(), paused.getMessage()))
                .orElseGet(() -> new SyncOutcome(Status.FAILED, retryAt, String.valueOf(failure.getMessage())));
    }

    /** A sync its node stopped while shutting down: not failed, due again at once, without back-off. */
    public static SyncOutcome stopped(String why) {
        return new SyncOutcome(Status.DEFERRED, null, why);
    }

    /** After reads of which the last decides when to sync next: updated if anything was stored. */
    public static SyncOutcome afterReads(boolean stored, EsiResult<?> last) {
        Status status = stored ? Status.UPDATED : last instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED;
        return of(status, last.expires());
    }
}
