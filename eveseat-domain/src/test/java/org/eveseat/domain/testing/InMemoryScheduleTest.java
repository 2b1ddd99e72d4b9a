package org.eveseat.domain.testing;

import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/** The in-memory schedule the use-case tests use keeps the same contract as the PostgreSQL one. */
class InMemoryScheduleTest implements SyncScheduleRepositoryContract {
    private final InMemorySchedule schedule = new InMemorySchedule();

    @Override
    public SyncScheduleRepository schedule() {
        return schedule;
    }
}
