package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.intel.port.in.IncursionsQuery;
import org.eveseat.domain.intel.port.in.SovereigntyMapQuery;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.intel.port.in.SystemActivityQuery;
import org.eveseat.domain.intel.port.out.IncursionEsi;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.intel.service.ListIncursionsService;
import org.eveseat.domain.intel.service.ReadSovereigntyMapService;
import org.eveseat.domain.intel.service.ReadSystemActivityService;
import org.eveseat.domain.intel.service.SyncIncursionsService;
import org.eveseat.domain.intel.service.SyncSovereigntyCampaignsService;
import org.eveseat.domain.intel.service.SyncSovereigntyService;
import org.eveseat.domain.intel.service.SyncSystemActivityService;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/** Builds the map's live layers: the public syncs (activity, sovereignty, incursions) and their reads. */
@ApplicationScoped
public class IntelServices {
    @Produces
    @Singleton
    SyncSystemActivityUseCase syncSystemActivity(UniverseCatalogueEsi esi, SystemActivityRepository activity) {
        return new SyncSystemActivityService(esi, activity, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncSovereigntyUseCase syncSovereignty(SovereigntyEsi esi, UniverseEsi universe,
                                           SovereigntyRepository sovereignty) {
        return new SyncSovereigntyService(esi, universe, sovereignty, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncSovereigntyCampaignsUseCase syncCampaigns(SovereigntyEsi esi, SovereigntyRepository sovereignty) {
        return new SyncSovereigntyCampaignsService(esi, sovereignty, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncIncursionsUseCase syncIncursions(IncursionEsi esi, IncursionRepository incursions) {
        return new SyncIncursionsService(esi, incursions, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SystemActivityQuery systemActivity(SystemActivityRepository activity) {
        return new ReadSystemActivityService(activity, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SovereigntyMapQuery sovereigntyMap(SovereigntyRepository sovereignty) {
        return new ReadSovereigntyMapService(sovereignty);
    }

    @Produces
    @Singleton
    IncursionsQuery incursions(IncursionRepository incursions) {
        return new ListIncursionsService(incursions);
    }
}
