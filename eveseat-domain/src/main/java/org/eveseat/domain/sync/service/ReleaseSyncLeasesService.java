package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Duration;

import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.port.in.ReleaseSyncLeasesUseCase;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Gives back this node's leases in one write. A sync given back was cut short, not failed: its failure streak and
 * last success stay, so its next run comes without back-off.
 */
public class ReleaseSyncLeasesService implements ReleaseSyncLeasesUseCase {
    private final SyncScheduleRepository schedule;
    private final LeaseHolder holder;
    private final Clock clock;

    public ReleaseSyncLeasesService(SyncScheduleRepository schedule, LeaseHolder holder, Clock clock) {
        this.schedule = schedule;
        this.holder = holder;
        this.clock = clock;
    }

    @Override
    public int releaseHeld(Duration stopping) {
        return schedule.release(holder, clock.instant().plus(stopping));
    }
}
