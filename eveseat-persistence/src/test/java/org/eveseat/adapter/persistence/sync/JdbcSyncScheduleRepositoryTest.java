package org.eveseat.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;
import org.eveseat.domain.testing.SyncScheduleRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedule in PostgreSQL keeps the contract of every schedule store, and stores a whole plan at once. */
class JdbcSyncScheduleRepositoryTest implements SyncScheduleRepositoryContract {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcSyncScheduleRepository schedule = new JdbcSyncScheduleRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Override
    public SyncScheduleRepository schedule() {
        return schedule;
    }

    @Test
    void aWholeNodesPlanIsStoredInOneGoWithEveryField() {
        List<ScheduledSync> plan = new ArrayList<>();
        for (long owner = 1; owner <= 20_000; owner++) {
            plan.add(SyncScheduleRepositoryContract.sync(owner, (int) (owner % 271), PLANNED_AT.plusNanos(owner * 1_001_000)));
        }

        assertThat(schedule.addMissing(plan)).isEqualTo(20_000);
        assertThat(schedule.addMissing(plan)).isZero();
        assertThat(schedule.addMissing(List.of())).isZero();

        assertThat(schedule.find(SyncScheduleRepositoryContract.key(12_345))).contains(plan.get(12_344));
    }
}
