package org.eveseat.domain.sync.service;

import java.time.Clock;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/** Moves a planned sync's due time to now. */
public class RequestSyncService implements RequestSyncUseCase {
    private final SyncScheduleRepository schedule;
    private final Clock clock;

    public RequestSyncService(SyncScheduleRepository schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void request(SyncKey key) {
        if (!schedule.dueAt(key, clock.instant())) {
            throw new NotFoundException("no sync " + key + " is planned");
        }
    }
}
