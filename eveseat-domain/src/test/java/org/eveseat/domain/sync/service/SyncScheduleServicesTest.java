package org.eveseat.domain.sync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.sync.model.FirstSync;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.NextDue;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.testing.InMemorySchedule;
import org.junit.jupiter.api.Test;

class SyncScheduleServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String WALLET = "esi-wallet.read_character_wallet.v1";
    private static final String MAIL = "esi-mail.read_mail.v1";
    private static final LeaseHolder NODE = new LeaseHolder("node-a");

    private final InMemorySchedule schedule = new InMemorySchedule();
    private final Map<String, List<CharacterId>> granted = new ConcurrentHashMap<>();
    private final Map<CorporationId, CharacterId> corporations = new ConcurrentHashMap<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void onlyEndpointsThatCanRunArePlannedForCharactersWithTheScope() {
        granted.put(WALLET, List.of(new CharacterId(1), new CharacterId(2)));
        PlanSyncsService plan = planner(allPartitions());

        assertThat(plan.plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.PUBLIC_CONTRACTS, SyncEndpoint.MAIL)))
                .isEqualTo(3);
        assertThat(schedule.rows.keySet()).containsExactlyInAnyOrder(new SyncKey(SyncEndpoint.WALLET_BALANCE, 1),
                new SyncKey(SyncEndpoint.WALLET_BALANCE, 2), new SyncKey(SyncEndpoint.PUBLIC_CONTRACTS, 10000002));
        assertThat(schedule.rows.values()).allSatisfy(s -> assertThat(s.nextDue()).isEqualTo(NOW));

        granted.put(WALLET, List.of(new CharacterId(2)));
        assertThat(plan.plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE))).isZero();
        assertThat(schedule.rows.keySet()).doesNotContain(new SyncKey(SyncEndpoint.WALLET_BALANCE, 1));
    }

    @Test
    void orderBooksArePlannedForTheKeptMarketRegionsAsTheyAreAtEachPlan() {
        List<Long> kept = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(10000002L, 10000043L));
        PlanSyncsService plan = new PlanSyncsService(scope -> List.of(), scope -> corporations, schedule,
                allPartitions(), List.of(10000002L), () -> List.copyOf(kept), clock);

        assertThat(plan.plan(EnumSet.of(SyncEndpoint.MARKET_BOOK, SyncEndpoint.PUBLIC_CONTRACTS))).isEqualTo(3);
        assertThat(schedule.rows.keySet()).containsExactlyInAnyOrder(new SyncKey(SyncEndpoint.MARKET_BOOK, 10000002),
                new SyncKey(SyncEndpoint.MARKET_BOOK, 10000043), new SyncKey(SyncEndpoint.PUBLIC_CONTRACTS, 10000002));

        kept.remove(10000043L);
        kept.add(10000032L);
        assertThat(plan.plan(EnumSet.of(SyncEndpoint.MARKET_BOOK, SyncEndpoint.PUBLIC_CONTRACTS))).isEqualTo(1);
        assertThat(schedule.rows.keySet()).containsExactlyInAnyOrder(new SyncKey(SyncEndpoint.MARKET_BOOK, 10000002),
                new SyncKey(SyncEndpoint.MARKET_BOOK, 10000032), new SyncKey(SyncEndpoint.PUBLIC_CONTRACTS, 10000002));
        assertThat(SyncEndpoint.MARKET_BOOK.interval()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void structureMarketsArePlannedForTheKeptStructuresWithNoCharacterChosenAhead() {
        List<Long> kept = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(1_035_466_617_946L));
        PlanSyncsService plan = new PlanSyncsService(scope -> List.of(), scope -> corporations, schedule,
                allPartitions(), List.of(), List::of, () -> List.copyOf(kept), clock);

        assertThat(plan.plan(EnumSet.of(SyncEndpoint.MARKET_STRUCTURE))).isEqualTo(1);
        SyncKey tower = new SyncKey(SyncEndpoint.MARKET_STRUCTURE, 1_035_466_617_946L);
        assertThat(schedule.rows.keySet()).containsExactly(tower);
        assertThat(schedule.rows.get(tower).viaCharacterId()).as("the sync picks who may dock").isZero();

        kept.clear();
        plan.plan(EnumSet.of(SyncEndpoint.MARKET_STRUCTURE));
        assertThat(schedule.rows).isEmpty();
    }

    @Test
    void aCorporationIsPlannedOnceWithTheMemberWhoseTokenReadsIt() {
        corporations.put(new CorporationId(98000001L), new CharacterId(5));

        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.CORPORATION_WALLET_JOURNAL));

        assertThat(schedule.rows.values()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo(new SyncKey(SyncEndpoint.CORPORATION_WALLET_JOURNAL, 98000001L));
            assertThat(s.viaCharacterId()).isEqualTo(5);
        });
    }

    @Test
    void twoNodesClaimingTheSameDueSyncsRunEachExactlyOnce() throws Exception {
        granted.put(WALLET, IntStream.range(1, 2001).mapToObj(CharacterId::new).toList());
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE));
        Clock later = Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        ClaimDueSyncsService a = new ClaimDueSyncsService(schedule, allPartitions(), Duration.ofMinutes(15), NODE,
                later);
        ClaimDueSyncsService b = new ClaimDueSyncsService(schedule, allPartitions(), Duration.ofMinutes(15),
                new LeaseHolder("node-b"), later);

        List<ScheduledSync> byA = new ArrayList<>();
        Thread other = new Thread(() -> byA.addAll(a.claim(2000)));
        other.start();
        List<ScheduledSync> byB = b.claim(2000);
        other.join();

        Set<SyncKey> keysA = byA.stream().map(ScheduledSync::key).collect(Collectors.toSet());
        assertThat(byA.size() + byB.size()).isEqualTo(2000);
        assertThat(byB).noneMatch(s -> keysA.contains(s.key()));
    }

    @Test
    void aNodeClaimsOnlyItsOwnPartitions() {
        granted.put(WALLET, IntStream.range(1, 101).mapToObj(CharacterId::new).toList());
        SyncPartitions evenOdd = partitions(k -> (int) (k.ownerId() % 2), Set.of(0));
        planner(evenOdd).plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE));

        List<ScheduledSync> claimed = new ClaimDueSyncsService(schedule, evenOdd, Duration.ofMinutes(15), NODE,
                Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC)).claim(1000);

        assertThat(claimed).hasSize(50).allMatch(s -> s.key().ownerId() % 2 == 0);
    }

    @Test
    void outcomesKeepTheFailureStreakAndTheLastSuccess() {
        SyncKey key = plannedWalletBalance(7);
        RecordSyncOutcomeService record = new RecordSyncOutcomeService(schedule, clock);

        record.record(key, SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(120)));
        record.record(key, new SyncOutcome(Status.FAILED, null, "ESI 503"));
        record.record(key, new SyncOutcome(Status.FAILED, null, "ESI 504"));

        ScheduledSync sync = schedule.find(key).orElseThrow();
        assertThat(sync.state().consecutiveFailures()).isEqualTo(2);
        assertThat(sync.state().lastError()).isEqualTo("ESI 504");
        assertThat(sync.state().lastSuccess()).isEqualTo(NOW);

        record.record(key, SyncOutcome.of(Status.UNCHANGED, NOW.plusSeconds(120)));
        assertThat(schedule.find(key).orElseThrow().state().consecutiveFailures()).isZero();
        assertThat(schedule.find(key).orElseThrow().state().lastError()).as("a success clears the last error")
                .isNull();
    }

    @Test
    void aRunDeferredByEsisBudgetIsNoFailureAndComesDueWhenThePauseEnds() {
        SyncKey key = plannedWalletBalance(7);
        RecordSyncOutcomeService record = new RecordSyncOutcomeService(schedule, clock);
        record.record(key, new SyncOutcome(Status.FAILED, null, "ESI 503"));
        Instant pauseEnds = NOW.plus(Duration.ofMinutes(13));

        record.record(key, SyncOutcome.failed(new UpstreamPausedException("rate group char-wallet nearly spent",
                pauseEnds), NOW.plusSeconds(300)));

        ScheduledSync sync = schedule.find(key).orElseThrow();
        assertThat(sync.state().lastStatus()).isEqualTo("DEFERRED");
        assertThat(sync.state().consecutiveFailures()).as("the streak stays as it was").isEqualTo(1);
        assertThat(sync.state().lastError()).isEqualTo("ESI 503");
        assertThat(sync.nextDue()).as("not the back-off of a second failure (2 min), nor the 5 min retry")
                .isBetween(pauseEnds, pauseEnds.plus(SyncEndpoint.WALLET_BALANCE.interval().dividedBy(10)));
    }

    @Test
    void aPauseCarriedAsTheCauseOfAnotherFailureStillDefers() {
        Instant until = NOW.plusSeconds(40);
        var wrapped = new UpstreamUnavailableException("page walk stopped",
                new UpstreamPausedException("ESI error budget down to 20", until));

        assertThat(SyncOutcome.failed(wrapped, NOW.plusSeconds(300)))
                .isEqualTo(new SyncOutcome(Status.DEFERRED, until, "ESI error budget down to 20"));
        assertThat(SyncOutcome.failed(new UpstreamUnavailableException("ESI 503"), NOW.plusSeconds(300)))
                .isEqualTo(new SyncOutcome(Status.FAILED, NOW.plusSeconds(300), "ESI 503"));
    }

    private SyncKey plannedWalletBalance(long characterId) {
        granted.put(WALLET, List.of(new CharacterId(characterId)));
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE));
        return new SyncKey(SyncEndpoint.WALLET_BALANCE, characterId);
    }

    @Test
    void aCharacterThatJustLoggedInHasEveryEndpointDueAtOnce() {
        granted.put(WALLET, List.of(new CharacterId(7)));
        granted.put(MAIL, List.of(new CharacterId(7)));
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL,
                SyncEndpoint.WALLET_TRANSACTIONS, SyncEndpoint.MAIL));

        List<ScheduledSync> claimed = new ClaimDueSyncsService(schedule, allPartitions(), Duration.ofMinutes(15),
                NODE, clock).claim(100);

        assertThat(claimed).extracting(s -> s.key().endpoint()).containsExactlyInAnyOrder(
                SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL, SyncEndpoint.WALLET_TRANSACTIONS,
                SyncEndpoint.MAIL);
    }

    @Test
    void anOperatorsRunNowClaimsThatSyncOnlyAndLeavesTheOtherDueOnesToThePasses() {
        granted.put(WALLET, List.of(new CharacterId(7)));
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL));
        SyncKey balance = new SyncKey(SyncEndpoint.WALLET_BALANCE, 7);
        RequestSyncService request = new RequestSyncService(schedule, Duration.ofMinutes(15), NODE, clock);

        assertThat(request.request(balance)).hasValueSatisfying(s -> {
            assertThat(s.key()).isEqualTo(balance);
            assertThat(s.nextDue()).as("leased").isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        });
        assertThat(new ClaimDueSyncsService(schedule, allPartitions(), Duration.ofMinutes(15), NODE, clock).claim(10))
                .extracting(ScheduledSync::key).containsExactly(new SyncKey(SyncEndpoint.WALLET_JOURNAL, 7));
        assertThatThrownBy(() -> request.request(new SyncKey(SyncEndpoint.MAIL, 7)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRunNowWhileTheSyncRunsIsRefusedUntilItsOutcomeOrItsLeaseEnds() {
        granted.put(WALLET, List.of(new CharacterId(7)));
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_JOURNAL));
        SyncKey journal = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 7);
        Duration lease = Duration.ofMinutes(15);
        assertThat(new RequestSyncService(schedule, lease, NODE, clock).request(journal)).isPresent();

        for (Instant at : List.of(NOW, NOW.plus(lease).minusSeconds(1))) {
            RequestSyncService later = new RequestSyncService(schedule, lease, NODE,
                    Clock.fixed(at, ZoneOffset.UTC));
            assertThatThrownBy(() -> later.request(journal)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("running");
            assertThat(schedule.rows.get(journal).nextDue()).as("the running walk keeps its lease")
                    .isEqualTo(NOW.plus(lease));
        }
        RequestSyncService afterTheLease = new RequestSyncService(schedule, lease, NODE,
                Clock.fixed(NOW.plus(lease), ZoneOffset.UTC));
        assertThat(afterTheLease.request(journal)).as("the node that ran it died").isPresent();

        new RecordSyncOutcomeService(schedule, clock).record(journal, SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(60)));
        assertThat(new RequestSyncService(schedule, lease, NODE, clock).request(journal)).as("it ended").isPresent();
    }

    @Test
    void theRunAfterTheFirstSuccessTakesTheKeysPlaceInTheIntervalAndLaterRunsKeepIt() {
        granted.put(WALLET, List.of(new CharacterId(7)));
        planner(allPartitions()).plan(EnumSet.of(SyncEndpoint.WALLET_TRANSACTIONS));
        SyncKey key = new SyncKey(SyncEndpoint.WALLET_TRANSACTIONS, 7);
        RecordSyncOutcomeService record = new RecordSyncOutcomeService(schedule, clock);
        SyncOutcome updated = SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(120));

        SyncOutcome failed = new SyncOutcome(Status.FAILED, null, "ESI 503");
        record.record(key, failed);
        assertThat(schedule.find(key).orElseThrow().nextDue()).isEqualTo(NextDue.after(key, failed, 1, NOW));
        record.record(key, updated);
        assertThat(schedule.find(key).orElseThrow().nextDue()).isEqualTo(NextDue.afterFirstSuccess(key, updated, NOW));
        record.record(key, updated);
        assertThat(schedule.find(key).orElseThrow().nextDue()).isEqualTo(NextDue.after(key, updated, 0, NOW));
    }

    @Test
    void theFirstSyncRunsUntilEveryEndpointTheTokenCoversHasRunOnce() {
        LinkedCharacter pilot = new LinkedCharacter(new CharacterId(7), "Pilot", "hash", new AccountId(1),
                Set.of(WALLET, MAIL, "esi-industry.read_character_jobs.v1"), TokenState.VALID);
        Set<SyncEndpoint> runnable = EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.MAIL,
                SyncEndpoint.CORPORATION_WALLET_JOURNAL, SyncEndpoint.CONTACTS);
        FirstSyncService firstSync = new FirstSyncService(schedule, runnable);
        RecordSyncOutcomeService record = new RecordSyncOutcomeService(schedule, clock);

        assertThat(firstSync.of(pilot)).as("not planned yet").isEqualTo(new FirstSync(pilot.id(), 2, 0));
        granted.put(WALLET, List.of(pilot.id()));
        granted.put(MAIL, List.of(pilot.id()));
        planner(allPartitions()).plan(runnable);
        record.record(new SyncKey(SyncEndpoint.WALLET_BALANCE, 7), SyncOutcome.of(Status.UPDATED, NOW));
        assertThat(firstSync.of(pilot)).isEqualTo(new FirstSync(pilot.id(), 2, 1)).matches(FirstSync::running);

        record.record(new SyncKey(SyncEndpoint.MAIL, 7), new SyncOutcome(Status.FAILED, null, "ESI 503"));
        assertThat(firstSync.of(pilot)).isEqualTo(new FirstSync(pilot.id(), 2, 2)).matches(f -> !f.running());
        assertThat(firstSync.of(pilot.withTokenState(TokenState.INVALID))).matches(f -> !f.running())
                .extracting(FirstSync::endpoints).isEqualTo(0);
    }

    private PlanSyncsService planner(SyncPartitions partitions) {
        return new PlanSyncsService(scope -> granted.getOrDefault(scope, List.of()), scope -> corporations,
                schedule, partitions, List.of(10000002L), clock);
    }

    private static SyncPartitions allPartitions() {
        return partitions(k -> 0, Set.of(0));
    }

    private static SyncPartitions partitions(ToIntFunction<SyncKey> of, Set<Integer> local) {
        return new SyncPartitions() {
            @Override
            public int partitionOf(SyncKey key) {
                return of.applyAsInt(key);
            }

            @Override
            public Set<Integer> local() {
                return local;
            }
        };
    }
}
