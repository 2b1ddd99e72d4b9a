package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Moves a planned sync's due time to now and claims it with the same compare-and-set as a scheduler pass, so the
 * operator's run is the only one; other due syncs are left to the passes. A sync that is running (its run's lease
 * has not run out) is refused: taking it over would start a second walk beside the first.
 */
public class RequestSyncService implements RequestSyncUseCase {
    private final SyncScheduleRepository schedule;
    private final Duration lease;
    private final LeaseHolder holder;
    private final Clock clock;

    public RequestSyncService(SyncScheduleRepository schedule, Duration lease, LeaseHolder holder, Clock clock) {
        this.schedule = schedule;
        this.lease = lease;
        this.holder = holder;
        this.clock = clock;
    }

    @Override
    public Optional<ScheduledSync> request(SyncKey key) {
        Instant now = clock.instant();
        switch (schedule.dueAt(key, now)) {
            case NOT_PLANNED -> throw new NotFoundException("no sync " + key + " is planned");
            case RUNNING -> throw new ConflictException("sync " + key + " is running now; ask again when it ends");
            case DUE -> { }
        }
        Instant leaseUntil = now.plus(lease);
        return schedule.find(key).filter(sync -> schedule.claim(key, sync.nextDue(), leaseUntil, holder))
                .map(sync -> new ScheduledSync(key, sync.viaCharacterId(), sync.partition(), leaseUntil,
                        sync.state()));
    }
}
