package org.eveseat.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository.DueNow;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SyncScheduleRepository} keeps, in memory or in PostgreSQL: planning adds only what is missing,
 * the due syncs of given partitions oldest first, a claim that only one caller wins, leases that only move later.
 * A test class implements it with an empty schedule per test.
 */
public interface SyncScheduleRepositoryContract {
    Instant PLANNED_AT = Instant.parse("2026-11-25T12:00:00Z");
    LeaseHolder NODE_A = new LeaseHolder("node-a");
    LeaseHolder NODE_B = new LeaseHolder("node-b");

    /** An empty schedule. */
    SyncScheduleRepository schedule();

    @Test
    default void planningTwiceKeepsTheFirstDueTime() {
        assertThat(schedule().addMissing(List.of(sync(1, 7, PLANNED_AT), sync(2, 8, PLANNED_AT)))).isEqualTo(2);
        assertThat(schedule().addMissing(List.of(sync(1, 7, PLANNED_AT.plusSeconds(99)), sync(3, 9, PLANNED_AT))))
                .isEqualTo(1);

        assertThat(schedule().find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(PLANNED_AT);
        assertThat(schedule().all(10)).hasSize(3);
    }

    @Test
    default void dueSyncsAreThoseOfTheGivenPartitionsOldestFirst() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT.minusSeconds(10)), sync(2, 8, PLANNED_AT.minusSeconds(20)),
                sync(3, 7, PLANNED_AT.minusSeconds(30)), sync(4, 7, PLANNED_AT.plusSeconds(5))));

        assertThat(schedule().due(PLANNED_AT, Set.of(7), 10)).extracting(s -> s.key().ownerId())
                .containsExactly(3L, 1L);
        assertThat(schedule().due(PLANNED_AT, Set.of(7, 8), 2)).extracting(s -> s.key().ownerId())
                .containsExactly(3L, 2L);
        assertThat(schedule().due(PLANNED_AT, Set.of(99), 10)).isEmpty();
    }

    @Test
    default void aSyncIsClaimedOnceWhateverHowManyTry() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT)));

        assertThat(schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A)).isTrue();
        assertThat(schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A)).isFalse();
        assertThat(schedule().claim(key(2), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A)).isFalse();
        assertThat(schedule().due(PLANNED_AT.plusSeconds(899), Set.of(7), 10)).isEmpty();
        assertThat(schedule().due(PLANNED_AT.plusSeconds(900), Set.of(7), 10)).hasSize(1);
    }

    @Test
    default void aRenewedLeaseOnlyEverMovesLater() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT)));
        schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(60), NODE_A);

        schedule().extendLease(key(1), PLANNED_AT.plusSeconds(120), NODE_A);
        schedule().extendLease(key(1), PLANNED_AT.plusSeconds(90), NODE_A);

        assertThat(schedule().find(key(1))).get().extracting(ScheduledSync::nextDue)
                .isEqualTo(PLANNED_AT.plusSeconds(120));
    }

    @Test
    default void aPlannedSyncCanBeMadeDueNowAnUnplannedOneCannot() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT.plusSeconds(600))));

        assertThat(schedule().dueAt(key(1), PLANNED_AT)).isEqualTo(DueNow.DUE);
        assertThat(schedule().dueAt(key(2), PLANNED_AT)).isEqualTo(DueNow.NOT_PLANNED);
        assertThat(schedule().due(PLANNED_AT, Set.of(7), 10)).extracting(ScheduledSync::key).containsExactly(key(1));
        assertThat(schedule().find(key(2))).isEmpty();
    }

    @Test
    default void aRunNowFindsARunningSyncUntilItsLeaseOrItsRunEnds() {
        Instant now = PLANNED_AT;
        schedule().addMissing(List.of(sync(1, 7, now)));
        assertThat(schedule().dueAt(key(1), now)).as("not claimed yet").isEqualTo(DueNow.DUE);

        schedule().claim(key(1), now, now.plusSeconds(60), NODE_A);
        schedule().extendLease(key(1), now.plusSeconds(120), NODE_A);
        assertThat(schedule().dueAt(key(1), now.plusSeconds(119))).isEqualTo(DueNow.RUNNING);
        assertThat(schedule().find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(now.plusSeconds(120));
        assertThat(schedule().dueAt(key(1), now.plusSeconds(120))).as("its node died").isEqualTo(DueNow.DUE);

        schedule().claim(key(1), now.plusSeconds(120), now.plusSeconds(900), NODE_A);
        schedule().record(key(1), new SyncState(now, now, "UPDATED", null, 0), now.plusSeconds(3600));
        assertThat(schedule().dueAt(key(1), now.plusSeconds(130))).as("its run ended").isEqualTo(DueNow.DUE);
    }

    @Test
    default void aStoppingNodeGivesBackItsOwnLeasesOnlyAndKeepsTheirState() {
        Instant now = PLANNED_AT.plusSeconds(30);
        SyncState failedTwice = new SyncState(PLANNED_AT, PLANNED_AT.minusSeconds(3600), "FAILED", "ESI 503", 2);
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT), sync(2, 7, PLANNED_AT), sync(3, 7, PLANNED_AT),
                sync(4, 7, PLANNED_AT.plusSeconds(600))));
        schedule().record(key(2), failedTwice, PLANNED_AT);
        schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A);
        schedule().claim(key(2), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A);
        schedule().claim(key(3), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_B);

        assertThat(schedule().release(NODE_A, now)).isEqualTo(2);

        assertThat(schedule().due(now, Set.of(7), 10)).extracting(s -> s.key().ownerId())
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(schedule().find(key(2))).get().extracting(ScheduledSync::state).isEqualTo(failedTwice);
        assertThat(schedule().dueAt(key(3), now)).as("node B's run goes on").isEqualTo(DueNow.RUNNING);
        assertThat(schedule().find(key(4))).get().extracting(ScheduledSync::nextDue)
                .isEqualTo(PLANNED_AT.plusSeconds(600));
        assertThat(schedule().release(NODE_A, now)).as("nothing left to give back").isZero();
    }

    @Test
    default void aLeaseGivenBackIsNotTakenBackByALateRenewal() {
        Instant now = PLANNED_AT.plusSeconds(30);
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT)));
        schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A);
        schedule().release(NODE_A, now);

        schedule().extendLease(key(1), now.plusSeconds(900), NODE_A);
        assertThat(schedule().dueAt(key(1), now)).as("the stopping node's last chunk").isEqualTo(DueNow.DUE);

        schedule().claim(key(1), now, now.plusSeconds(900), NODE_B);
        schedule().extendLease(key(1), now.plusSeconds(1800), NODE_A);
        assertThat(schedule().find(key(1))).get().extracting(ScheduledSync::nextDue).isEqualTo(now.plusSeconds(900));
        assertThat(schedule().release(NODE_A, now)).isZero();
        assertThat(schedule().dueAt(key(1), now)).as("node B holds it").isEqualTo(DueNow.RUNNING);
    }

    @Test
    default void aRecordedOutcomeEndsTheHoldersLease() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT)));
        schedule().claim(key(1), PLANNED_AT, PLANNED_AT.plusSeconds(900), NODE_A);
        schedule().record(key(1), new SyncState(PLANNED_AT, PLANNED_AT, "UPDATED", null, 0),
                PLANNED_AT.plusSeconds(3600));

        assertThat(schedule().release(NODE_A, PLANNED_AT.plusSeconds(10))).isZero();
        assertThat(schedule().find(key(1))).get().extracting(ScheduledSync::nextDue)
                .isEqualTo(PLANNED_AT.plusSeconds(3600));
    }

    @Test
    default void anOutcomeIsRecordedWithTheNextDueTime() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT)));
        SyncState state = new SyncState(PLANNED_AT, PLANNED_AT.minusSeconds(3600), "FAILED", "ESI 503", 2);

        schedule().record(key(1), state, PLANNED_AT.plusSeconds(120));

        ScheduledSync stored = schedule().find(key(1)).orElseThrow();
        assertThat(stored.state()).isEqualTo(state);
        assertThat(stored.nextDue()).isEqualTo(PLANNED_AT.plusSeconds(120));
    }

    @Test
    default void ownersThatLostTheirScopeAreDropped() {
        schedule().addMissing(List.of(sync(1, 7, PLANNED_AT), sync(2, 7, PLANNED_AT), sync(3, 7, PLANNED_AT)));

        assertThat(schedule().retainOnly(SyncEndpoint.WALLET_BALANCE, Set.of(2L))).isEqualTo(2);
        assertThat(schedule().all(10)).extracting(s -> s.key().ownerId()).containsExactly(2L);
        assertThat(schedule().retainOnly(SyncEndpoint.WALLET_BALANCE, Set.of())).isEqualTo(1);
    }

    static SyncKey key(long owner) {
        return new SyncKey(SyncEndpoint.WALLET_BALANCE, owner);
    }

    /** A planned wallet-balance sync, due at a time PostgreSQL keeps exactly (microseconds). */
    static ScheduledSync sync(long owner, int partition, Instant due) {
        return new ScheduledSync(key(owner), owner, partition, due.truncatedTo(ChronoUnit.MICROS), SyncState.never());
    }
}
