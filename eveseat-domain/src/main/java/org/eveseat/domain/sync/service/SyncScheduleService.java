package org.eveseat.domain.sync.service;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.port.in.SyncScheduleQuery;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/** Lists the schedule, most overdue first. */
public class SyncScheduleService implements SyncScheduleQuery {
    private final SyncScheduleRepository schedule;

    public SyncScheduleService(SyncScheduleRepository schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<ScheduledSync> list(int limit) {
        Require.between(limit, 1, 10_000, "limit");
        return schedule.all(limit);
    }
}
