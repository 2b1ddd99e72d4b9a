package org.eveseat.adapter.web.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.adapter.batch.scheduler.SyncRunners;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.in.FirstSyncQuery;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.OwnedPartitionsQuery;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;
import org.eveseat.domain.sync.port.in.SyncScheduleQuery;
import org.eveseat.domain.sync.port.in.TokenCoverageQuery;
import org.eveseat.domain.sync.port.out.JobRunRepository;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;
import org.eveseat.domain.sync.service.ClaimDueSyncsService;
import org.eveseat.domain.sync.service.FirstSyncService;
import org.eveseat.domain.sync.service.JobRunLogService;
import org.eveseat.domain.sync.service.OwnedPartitionsService;
import org.eveseat.domain.sync.service.PlanSyncsService;
import org.eveseat.domain.sync.service.RecordSyncOutcomeService;
import org.eveseat.domain.sync.service.RenewSyncLeaseService;
import org.eveseat.domain.sync.service.RequestSyncService;
import org.eveseat.domain.sync.service.SyncScheduleService;
import org.eveseat.domain.sync.service.TokenCoverageService;

/** Builds the sync engine's use cases from the schedule store and the cluster's partitions. */
@ApplicationScoped
public class SyncServices {
    private final Clock clock = Clock.systemUTC();

    /** How long a claimed sync is held; when its node dies, the sync is due again after this. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    /** Regions whose public contracts are kept, comma-separated (The Forge by default). */
    @Inject
    @ConfigProperty(name = "eveseat.sync.public-contract-regions", defaultValue = "10000002")
    List<Long> publicContractRegions;

    @Produces
    @Singleton
    PlanSyncsUseCase plan(SyncableCharactersQuery characters, CorporationAccessQuery corporations,
                          SyncScheduleRepository schedule, SyncPartitions partitions) {
        return new PlanSyncsService(characters, corporations, schedule, partitions, publicContractRegions, clock);
    }

    @Produces
    @Singleton
    ClaimDueSyncsUseCase claim(SyncScheduleRepository schedule, SyncPartitions partitions) {
        return new ClaimDueSyncsService(schedule, partitions, Duration.ofSeconds(leaseSeconds), clock);
    }

    @Produces
    @Singleton
    RenewSyncLeaseUseCase renew(SyncScheduleRepository schedule) {
        return new RenewSyncLeaseService(schedule, Duration.ofSeconds(leaseSeconds), clock);
    }

    @Produces
    @Singleton
    RecordSyncOutcomeUseCase record(SyncScheduleRepository schedule) {
        return new RecordSyncOutcomeService(schedule, clock);
    }

    @Produces
    @Singleton
    RequestSyncUseCase request(SyncScheduleRepository schedule) {
        return new RequestSyncService(schedule, Duration.ofSeconds(leaseSeconds), clock);
    }

    @Produces
    @Singleton
    TokenCoverageQuery tokenCoverage(CharacterRepository characters) {
        return new TokenCoverageService(characters);
    }

    @Produces
    @Singleton
    OwnedPartitionsQuery ownedPartitions(SyncPartitions partitions) {
        return new OwnedPartitionsService(partitions);
    }

    @Produces
    @Singleton
    JobRunLogUseCase jobRuns(JobRunRepository runs, EventPublisher events) {
        return new JobRunLogService(runs, events, Duration.ofSeconds(leaseSeconds), clock);
    }

    /** Counts only what the scheduler here can run, as the planner does. */
    @Produces
    @Singleton
    FirstSyncQuery firstSync(SyncScheduleRepository schedule, SyncRunners runners) {
        return new FirstSyncService(schedule, runners.runnable());
    }

    @Produces
    @Singleton
    SyncScheduleQuery query(SyncScheduleRepository schedule) {
        return new SyncScheduleService(schedule);
    }
}
