package org.eveseat.bench;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.LongStream;

import org.eveseat.adapter.batch.scheduler.SyncLoop;
import org.eveseat.adapter.cluster.LocalSyncPartitions;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.esi.wallet.EsiCorporationWalletAdapter;
import org.eveseat.adapter.esi.wallet.EsiWalletAdapter;
import org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapter;
import org.eveseat.adapter.persistence.sync.JdbcSyncScheduleRepository;
import org.eveseat.adapter.persistence.wallet.JdbcJournalWalkRepository;
import org.eveseat.adapter.persistence.wallet.JdbcWalletJournalRepository;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.service.ClaimDueSyncsService;
import org.eveseat.domain.sync.service.PlanSyncsService;
import org.eveseat.domain.sync.service.RecordSyncOutcomeService;
import org.eveseat.domain.wallet.service.ReadJournalPageService;
import org.eveseat.domain.wallet.service.StartJournalWalkService;
import org.eveseat.domain.wallet.service.StoreJournalEntriesService;
import org.eveseat.domain.wallet.service.SyncWalletBalanceService;

/**
 * The sync engine as the server wires it, on the benchmark's fakes: the real domain services, ESI adapters and
 * JDBC repositories, the JPA balance repository with per-call transactions, and every character's token granting
 * the wallet scope (the planner's character query is a list of them).
 */
final class BenchEngine {
    /** The bench measures syncing; no sockets are connected, so events go nowhere. */
    private static final EventPublisher NO_SOCKETS = event -> { };

    static final Duration PLAN_EVERY = Duration.ofMinutes(1);
    static final Duration LEASE = Duration.ofSeconds(900);

    private BenchEngine() {
    }

    static SyncLoop loop(FakeEsiHarness harness, BenchPilots pilots, BenchDatabase db, ScaledClock clock,
                         ExecutorService pool, int workers, SyncLog log, long firstId, int characters) {
        var schedule = new JdbcSyncScheduleRepository(db.dataSource());
        var journals = new JdbcWalletJournalRepository(db.dataSource());
        var walks = new JdbcJournalWalkRepository(db.dataSource());
        var partitions = new LocalSyncPartitions();
        List<CharacterId> all = LongStream.range(firstId, firstId + characters)
                .mapToObj(CharacterId::new).toList();
        var runner = new BenchSyncRunner(
                new SyncWalletBalanceService(pilots, new EsiWalletAdapter(harness.settings(), harness.gateway()),
                        new TransactionalWalletBalances(db.entityManagerFactory()), NO_SOCKETS, clock),
                new StartJournalWalkService(journals, walks),
                new ReadJournalPageService(pilots, new EsiWalletJournalAdapter(harness.settings(), harness.gateway()),
                        new EsiCorporationWalletAdapter(harness.settings(), harness.gateway())),
                new StoreJournalEntriesService(journals, walks, NO_SOCKETS, clock),
                new RecordSyncOutcomeService(schedule, clock), log, clock);
        Set<SyncEndpoint> endpoints = EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL);
        return new SyncLoop(new PlanSyncsService(scope -> all, scope -> Map.of(), schedule, partitions, List.of(),
                clock),
                new ClaimDueSyncsService(schedule, partitions, LEASE, LeaseHolder.thisProcess(), clock), endpoints,
                runner, pool, workers, PLAN_EVERY, clock, BenchEngine::reportRefillFailure);
    }


    /** Refills that the stopping pool turns away are expected; anything else is worth seeing. */
    private static void reportRefillFailure(RuntimeException e) {
        if (!(e instanceof RejectedExecutionException)) {
            e.printStackTrace();
        }
    }
}
