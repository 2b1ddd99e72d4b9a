package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * What the wallet syncs share: a revoked token or a failed call becomes an outcome instead of an exception, and a
 * read ESI answered from its cache says whether it was not due or unchanged.
 */
final class SyncGuard {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private SyncGuard() {
    }

    static SyncOutcome run(Clock clock, Supplier<SyncOutcome> sync) {
        try {
            return sync.get();
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    static SyncOutcome notFresh(EsiResult<?> result) {
        Status status = result instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED;
        return SyncOutcome.of(status, result.expires());
    }
}
