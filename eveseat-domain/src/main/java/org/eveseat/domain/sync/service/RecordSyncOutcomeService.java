package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Instant;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.sync.model.NextDue;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Keeps the last success and the failure streak of each sync and plans its next run with {@link NextDue}. A
 * success clears the last error; a run deferred by ESI's budget is neither a success nor a failure, so it leaves
 * both as they were.
 */
public class RecordSyncOutcomeService implements RecordSyncOutcomeUseCase {
    private final SyncScheduleRepository schedule;
    private final Clock clock;

    public RecordSyncOutcomeService(SyncScheduleRepository schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void record(SyncKey key, SyncOutcome outcome) {
        Instant now = clock.instant();
        SyncState before = schedule.find(key).map(s -> s.state()).orElse(SyncState.never());
        boolean failed = outcome.status() == Status.FAILED || outcome.status() == Status.TOKEN_INVALID;
        boolean deferred = outcome.status() == Status.DEFERRED;
        int failures = failed ? before.consecutiveFailures() + 1 : deferred ? before.consecutiveFailures() : 0;
        Instant lastSuccess = failed || deferred ? before.lastSuccess() : now;
        String lastError = failed ? outcome.detail() : deferred ? before.lastError() : null;
        SyncState after = new SyncState(now, lastSuccess, outcome.status().name(), lastError, failures);
        boolean firstSuccess = !failed && !deferred && before.lastSuccess() == null;
        schedule.record(key, after, firstSuccess ? NextDue.afterFirstSuccess(key, outcome, now)
                : NextDue.after(key, outcome, failures, now));
    }
}
