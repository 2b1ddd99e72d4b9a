package org.eveseat.domain.sync.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.in.FirstSyncQuery;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.OwnedPartitionsQuery;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.sync.port.in.ReleaseSyncLeasesUseCase;
import org.eveseat.domain.sync.port.in.RenewSyncLeaseUseCase;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;
import org.eveseat.domain.sync.port.in.SyncScheduleQuery;
import org.eveseat.domain.sync.port.in.SyncTimesQuery;
import org.eveseat.domain.sync.port.in.TokenCoverageQuery;
import org.eveseat.domain.sync.port.out.JobRunRepository;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/** Builds the sync engine: planning, claiming, leases, outcomes and job runs of the schedule. */
public final class SyncAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(PlanSyncsUseCase.class,
                wiring -> new PlanSyncsService(wiring.get(SyncableCharactersQuery.class),
                wiring.get(CorporationAccessQuery.class), wiring.get(SyncScheduleRepository.class),
                wiring.get(SyncPartitions.class), wiring.settings().publicContractRegions(),
                () -> wiring.get(MarketRegionRepository.class).regions().stream().map(RegionId::value).toList(),
                () -> wiring.get(StructureMarketRepository.class).list().stream()
                        .map(StructureMarket::structureId).toList(),
                wiring.settings().clock()));
        catalogue.add(ClaimDueSyncsUseCase.class,
                wiring -> new ClaimDueSyncsService(wiring.get(SyncScheduleRepository.class),
                wiring.get(SyncPartitions.class), wiring.settings().syncLease(), wiring.settings().leaseHolder(),
                wiring.settings().clock()));
        catalogue.add(RenewSyncLeaseUseCase.class,
                wiring -> new RenewSyncLeaseService(wiring.get(SyncScheduleRepository.class),
                wiring.settings().syncLease(), wiring.settings().leaseHolder(), wiring.settings().clock()));
        catalogue.add(ReleaseSyncLeasesUseCase.class,
                wiring -> new ReleaseSyncLeasesService(wiring.get(SyncScheduleRepository.class),
                wiring.settings().leaseHolder(), wiring.settings().clock()));
        catalogue.add(RecordSyncOutcomeUseCase.class,
                wiring -> new RecordSyncOutcomeService(wiring.get(SyncScheduleRepository.class),
                wiring.settings().clock()));
        catalogue.add(RequestSyncUseCase.class,
                wiring -> new RequestSyncService(wiring.get(SyncScheduleRepository.class),
                wiring.settings().syncLease(), wiring.settings().leaseHolder(), wiring.settings().clock()));
        catalogue.add(TokenCoverageQuery.class,
                wiring -> new TokenCoverageService(wiring.get(CharacterRepository.class)));
        catalogue.add(OwnedPartitionsQuery.class,
                wiring -> new OwnedPartitionsService(wiring.get(SyncPartitions.class)));
        catalogue.add(JobRunLogUseCase.class, wiring -> new JobRunLogService(wiring.get(JobRunRepository.class),
                wiring.get(EventPublisher.class), wiring.settings().syncLease(), wiring.settings().clock()));
        catalogue.add(FirstSyncQuery.class, wiring -> new FirstSyncService(wiring.get(SyncScheduleRepository.class),
                wiring.settings().runnableEndpoints().get()));
        catalogue.add(SyncTimesQuery.class, wiring -> new SyncTimesService(
                wiring.get(CharacterVisibilityQuery.class), wiring.get(CorporationVisibilityQuery.class),
                wiring.get(SyncScheduleRepository.class), wiring.settings().runnableEndpoints().get()));
        catalogue.add(SyncScheduleQuery.class,
                wiring -> new SyncScheduleService(wiring.get(SyncScheduleRepository.class)));
    }
}
