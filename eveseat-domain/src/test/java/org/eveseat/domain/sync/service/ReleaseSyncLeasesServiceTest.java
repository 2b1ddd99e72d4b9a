package org.eveseat.domain.sync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.testing.InMemorySchedule;
import org.junit.jupiter.api.Test;

/** A node that shuts down gives back what it holds, and only that; what it stopped is no failure. */
class ReleaseSyncLeasesServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final LeaseHolder STOPPING = new LeaseHolder("node-a");
    private static final LeaseHolder OTHER = new LeaseHolder("node-b");
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 7);
    private static final SyncKey BALANCE = new SyncKey(SyncEndpoint.WALLET_BALANCE, 7);
    private static final SyncKey MAIL = new SyncKey(SyncEndpoint.MAIL, 7);

    private final InMemorySchedule schedule = new InMemorySchedule();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Clock aMinuteLater = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);

    @Test
    void whatTheStoppingNodeRanCanBeRunNowAtOnceWhatAnotherNodeRunsCannot() {
        plan(JOURNAL, BALANCE, MAIL);
        new RequestSyncService(schedule, LEASE, OTHER, clock).request(MAIL);
        assertThat(new ClaimDueSyncsService(schedule, onePartition(), LEASE, STOPPING, clock).claim(10))
                .extracting(ScheduledSync::key).containsExactlyInAnyOrder(JOURNAL, BALANCE);

        assertThat(new ReleaseSyncLeasesService(schedule, STOPPING, aMinuteLater).releaseHeld(Duration.ZERO)).isEqualTo(2);

        RequestSyncService runNowLater = new RequestSyncService(schedule, LEASE, OTHER, aMinuteLater);
        assertThat(runNowLater.request(JOURNAL)).as("given back, not running for 14 more minutes").isPresent();
        assertThat(schedule.find(BALANCE)).get().extracting(ScheduledSync::nextDue).as("due when given back")
                .isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> runNowLater.request(MAIL)).as("the other node's run goes on")
                .isInstanceOf(ConflictException.class);
        assertThat(new ReleaseSyncLeasesService(schedule, STOPPING, aMinuteLater).releaseHeld(Duration.ZERO)).isZero();
    }

    @Test
    void aLastChunkAfterTheLeaseWasGivenBackDoesNotTakeItBack() {
        plan(JOURNAL);
        new ClaimDueSyncsService(schedule, onePartition(), LEASE, STOPPING, clock).claim(10);
        new ReleaseSyncLeasesService(schedule, STOPPING, aMinuteLater).releaseHeld(Duration.ZERO);

        new RenewSyncLeaseService(schedule, LEASE, STOPPING, aMinuteLater).renew(JOURNAL);

        assertThat(new RequestSyncService(schedule, LEASE, OTHER, aMinuteLater).request(JOURNAL)).isPresent();
    }

    @Test
    void aLeaseGivenBackEndsWhenItsJobHadTimeToStopNotOneLeaseLater() {
        plan(JOURNAL);
        new ClaimDueSyncsService(schedule, onePartition(), LEASE, STOPPING, clock).claim(10);

        new ReleaseSyncLeasesService(schedule, STOPPING, clock).releaseHeld(Duration.ofSeconds(5));

        assertThatThrownBy(() -> new RequestSyncService(schedule, LEASE, OTHER, clock).request(JOURNAL))
                .as("its job may still write its last chunk").isInstanceOf(ConflictException.class);
        Clock fiveSecondsLater = Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC);
        assertThat(new RequestSyncService(schedule, LEASE, OTHER, fiveSecondsLater).request(JOURNAL)).isPresent();
    }

    @Test
    void aSyncItsNodeStoppedIsNoFailureAndIsDueAgainWithoutBackOff() {
        plan(JOURNAL);
        RecordSyncOutcomeService record = new RecordSyncOutcomeService(schedule, clock);
        record.record(JOURNAL, new SyncOutcome(Status.FAILED, null, "ESI 503"));

        record.record(JOURNAL, SyncOutcome.stopped("the server shut down"));

        ScheduledSync stopped = schedule.find(JOURNAL).orElseThrow();
        assertThat(stopped.state().lastStatus()).isEqualTo("DEFERRED");
        assertThat(stopped.state().consecutiveFailures()).as("the streak stays as it was").isEqualTo(1);
        assertThat(stopped.state().lastError()).isEqualTo("ESI 503");
        assertThat(stopped.nextDue()).as("not the back-off of a second failure")
                .isBetween(NOW, NOW.plus(SyncEndpoint.WALLET_JOURNAL.interval().dividedBy(10)));
    }

    private void plan(SyncKey... keys) {
        schedule.addMissing(List.of(keys).stream()
                .map(key -> new ScheduledSync(key, key.ownerId(), 0, NOW, SyncState.never())).toList());
    }

    private static SyncPartitions onePartition() {
        return new SyncPartitions() {
            @Override
            public int partitionOf(SyncKey key) {
                return 0;
            }

            @Override
            public Set<Integer> local() {
                return Set.of(0);
            }
        };
    }
}
