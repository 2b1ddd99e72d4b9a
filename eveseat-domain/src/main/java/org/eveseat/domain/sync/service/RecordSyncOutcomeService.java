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

/** Keeps the last success and the failure streak of each sync and plans its next run with {@link NextDue}. */
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
        int failures = failed ? before.consecutiveFailures() + 1 : 0;
        SyncState after = new SyncState(now, failed ? before.lastSuccess() : now, outcome.status().name(),
                failed ? outcome.detail() : before.lastError(), failures);
        boolean firstSuccess = !failed && before.lastSuccess() == null;
        schedule.record(key, after, firstSuccess ? NextDue.afterFirstSuccess(key, outcome, now)
                : NextDue.after(key, outcome, failures, now));
    }
}
