package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Duration;

import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Moves the lease end to now plus one lease; it never brings a due time forward, nor takes back a lease this node
 * gave back while stopping.
 */
public class RenewSyncLeaseService implements RenewSyncLeaseUseCase {
    private final SyncScheduleRepository schedule;
    private final Duration lease;
    private final LeaseHolder holder;
    private final Clock clock;

    public RenewSyncLeaseService(SyncScheduleRepository schedule, Duration lease, LeaseHolder holder, Clock clock) {
        this.schedule = schedule;
        this.lease = lease;
        this.holder = holder;
        this.clock = clock;
    }

    @Override
    public void renew(SyncKey key) {
        schedule.extendLease(key, clock.instant().plus(lease), holder);
    }
}
