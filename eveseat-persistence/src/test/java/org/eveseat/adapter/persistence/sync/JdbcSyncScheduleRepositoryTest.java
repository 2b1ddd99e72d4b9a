package org.eveseat.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository.DueNow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcSyncScheduleRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final JdbcSyncScheduleRepository schedule = new JdbcSyncScheduleRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void planningTwiceKeepsTheFirstDueTime() {
        assertThat(schedule.addMissing(List.of(sync(1, 7, NOW), sync(2, 8, NOW)))).isEqualTo(2);
        assertThat(schedule.addMissing(List.of(sync(1, 7, NOW.plusSeconds(99)), sync(3, 9, NOW)))).isEqualTo(1);

        assertThat(schedule.find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(NOW);
        assertThat(schedule.all(10)).hasSize(3);
    }

    @Test
    void dueSyncsAreThoseOfTheGivenPartitionsOldestFirst() {
        schedule.addMissing(List.of(sync(1, 7, NOW.minusSeconds(10)), sync(2, 8, NOW.minusSeconds(20)),
                sync(3, 7, NOW.minusSeconds(30)), sync(4, 7, NOW.plusSeconds(5))));

        assertThat(schedule.due(NOW, Set.of(7), 10)).extracting(s -> s.key().ownerId()).containsExactly(3L, 1L);
        assertThat(schedule.due(NOW, Set.of(7, 8), 2)).extracting(s -> s.key().ownerId()).containsExactly(3L, 2L);
        assertThat(schedule.due(NOW, Set.of(99), 10)).isEmpty();
    }

    @Test
    void aSyncIsClaimedOnceWhateverHowManyTry() {
        schedule.addMissing(List.of(sync(1, 7, NOW)));

        assertThat(schedule.claim(key(1), NOW, NOW.plusSeconds(900))).isTrue();
        assertThat(schedule.claim(key(1), NOW, NOW.plusSeconds(900))).isFalse();
        assertThat(schedule.due(NOW.plusSeconds(899), Set.of(7), 10)).isEmpty();
        assertThat(schedule.due(NOW.plusSeconds(900), Set.of(7), 10)).hasSize(1);
    }

    @Test
    void aRenewedLeaseOnlyEverMovesLater() {
        schedule.addMissing(List.of(sync(1, 7, NOW)));
        schedule.claim(key(1), NOW, NOW.plusSeconds(60));

        schedule.extendLease(key(1), NOW.plusSeconds(120));
        schedule.extendLease(key(1), NOW.plusSeconds(90));

        assertThat(schedule.find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aRunNowFindsARunningSyncUntilItsLeaseOrItsRunEnds() {
        schedule.addMissing(List.of(sync(1, 7, NOW)));
        assertThat(schedule.dueAt(key(99), NOW)).isEqualTo(DueNow.NOT_PLANNED);
        assertThat(schedule.dueAt(key(1), NOW)).as("not claimed yet").isEqualTo(DueNow.DUE);

        schedule.claim(key(1), NOW, NOW.plusSeconds(60));
        schedule.extendLease(key(1), NOW.plusSeconds(120));
        assertThat(schedule.dueAt(key(1), NOW.plusSeconds(119))).isEqualTo(DueNow.RUNNING);
        assertThat(schedule.find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(NOW.plusSeconds(120));
        assertThat(schedule.dueAt(key(1), NOW.plusSeconds(120))).as("its node died").isEqualTo(DueNow.DUE);

        schedule.claim(key(1), NOW.plusSeconds(120), NOW.plusSeconds(900));
        schedule.record(key(1), new SyncState(NOW, NOW, "UPDATED", null, 0), NOW.plusSeconds(3600));
        assertThat(schedule.dueAt(key(1), NOW.plusSeconds(130))).as("its run ended").isEqualTo(DueNow.DUE);
    }

    @Test
    void anOutcomeIsRecordedWithTheNextDueTime() {
        schedule.addMissing(List.of(sync(1, 7, NOW)));
        SyncState state = new SyncState(NOW, NOW.minusSeconds(3600), "FAILED", "ESI 503", 2);

        schedule.record(key(1), state, NOW.plusSeconds(120));

        ScheduledSync stored = schedule.find(key(1)).orElseThrow();
        assertThat(stored.state()).isEqualTo(state);
        assertThat(stored.nextDue()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void ownersThatLostTheirScopeAreDropped() {
        schedule.addMissing(List.of(sync(1, 7, NOW), sync(2, 7, NOW), sync(3, 7, NOW)));

        assertThat(schedule.retainOnly(SyncEndpoint.WALLET_BALANCE, Set.of(2L))).isEqualTo(2);
        assertThat(schedule.all(10)).extracting(s -> s.key().ownerId()).containsExactly(2L);
        assertThat(schedule.retainOnly(SyncEndpoint.WALLET_BALANCE, Set.of())).isEqualTo(1);
    }

    @Test
    void aWholeNodesPlanIsStoredInOneGoWithEveryField() {
        List<ScheduledSync> plan = new java.util.ArrayList<>();
        for (long owner = 1; owner <= 20_000; owner++) {
            plan.add(sync(owner, (int) (owner % 271), NOW.plusNanos(owner * 1_001_000)));
        }

        assertThat(schedule.addMissing(plan)).isEqualTo(20_000);
        assertThat(schedule.addMissing(plan)).isZero();
        assertThat(schedule.addMissing(List.of())).isZero();

        assertThat(schedule.find(key(12_345))).contains(plan.get(12_344));
    }

    private static SyncKey key(long owner) {
        return new SyncKey(SyncEndpoint.WALLET_BALANCE, owner);
    }

    private static ScheduledSync sync(long owner, int partition, Instant due) {
        return new ScheduledSync(key(owner), owner, partition, due.truncatedTo(ChronoUnit.MICROS), SyncState.never());
    }
}
