package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Claims the due syncs of this node's partitions, oldest due first. A lost race (another node claimed the same
 * row while partitions were moving) just skips the sync: the winner runs it.
 */
public class ClaimDueSyncsService implements ClaimDueSyncsUseCase {
    private final SyncScheduleRepository schedule;
    private final SyncPartitions partitions;
    private final Duration lease;
    private final LeaseHolder holder;
    private final Clock clock;

    public ClaimDueSyncsService(SyncScheduleRepository schedule, SyncPartitions partitions, Duration lease,
                                LeaseHolder holder, Clock clock) {
        this.schedule = schedule;
        this.partitions = partitions;
        this.lease = lease;
        this.holder = holder;
        this.clock = clock;
    }

    @Override
    public List<ScheduledSync> claim(int limit) {
        Set<Integer> mine = partitions.local();
        if (limit <= 0 || mine.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        return schedule.due(now, mine, limit).stream()
                .filter(sync -> schedule.claim(sync.key(), sync.nextDue(), leaseUntil, holder))
                .toList();
    }
}
