package org.eveseat.domain.intel.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.intel.port.in.IncursionsQuery;
import org.eveseat.domain.intel.port.in.SovereigntyMapQuery;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.intel.port.in.SystemActivityQuery;
import org.eveseat.domain.intel.port.in.SystemReportQuery;
import org.eveseat.domain.intel.port.out.IncursionEsi;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/** Builds the map's live layers: the public syncs (activity, sovereignty, incursions) and their reads. */
public final class IntelAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncSystemActivityUseCase.class, wiring -> new SyncSystemActivityService(
                wiring.get(UniverseCatalogueEsi.class), wiring.get(SystemActivityRepository.class),
                wiring.settings().clock()));
        catalogue.add(SyncSovereigntyUseCase.class, wiring -> new SyncSovereigntyService(
                wiring.get(SovereigntyEsi.class), wiring.get(UniverseEsi.class),
                wiring.get(SovereigntyRepository.class), wiring.settings().clock()));
        catalogue.add(SyncSovereigntyCampaignsUseCase.class, wiring -> new SyncSovereigntyCampaignsService(
                wiring.get(SovereigntyEsi.class), wiring.get(SovereigntyRepository.class), wiring.settings().clock()));
        catalogue.add(SyncIncursionsUseCase.class, wiring -> new SyncIncursionsService(
                wiring.get(IncursionEsi.class), wiring.get(IncursionRepository.class), wiring.settings().clock()));
        catalogue.add(SystemActivityQuery.class, wiring -> new ReadSystemActivityService(
                wiring.get(SystemActivityRepository.class), wiring.settings().clock()));
        catalogue.add(SovereigntyMapQuery.class,
                wiring -> new ReadSovereigntyMapService(wiring.get(SovereigntyRepository.class)));
        catalogue.add(SystemReportQuery.class, wiring -> new ReadSystemReportService(wiring.get(StaticData.class),
                wiring.get(SystemActivityRepository.class), wiring.get(SovereigntyRepository.class),
                wiring.get(IncursionRepository.class), wiring.settings().clock()));
        catalogue.add(IncursionsQuery.class, wiring -> new ListIncursionsService(wiring.get(IncursionRepository.class)));
    }
}
