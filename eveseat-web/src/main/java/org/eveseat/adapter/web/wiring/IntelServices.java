package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.intel.port.in.IncursionsQuery;
import org.eveseat.domain.intel.port.in.SystemReportQuery;
import org.eveseat.domain.intel.port.in.SovereigntyMapQuery;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.intel.port.in.SystemActivityQuery;

/**
 * The use cases of the map's live layers (activity, sovereignty, incursions) as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class IntelServices {
    @Produces
    @Singleton
    SyncSystemActivityUseCase syncSystemActivity(EveSeatDomain domain) {
        return domain.get(SyncSystemActivityUseCase.class);
    }

    @Produces
    @Singleton
    SyncSovereigntyUseCase syncSovereignty(EveSeatDomain domain) {
        return domain.get(SyncSovereigntyUseCase.class);
    }

    @Produces
    @Singleton
    SyncSovereigntyCampaignsUseCase syncCampaigns(EveSeatDomain domain) {
        return domain.get(SyncSovereigntyCampaignsUseCase.class);
    }

    @Produces
    @Singleton
    SyncIncursionsUseCase syncIncursions(EveSeatDomain domain) {
        return domain.get(SyncIncursionsUseCase.class);
    }

    @Produces
    @Singleton
    SystemActivityQuery systemActivity(EveSeatDomain domain) {
        return domain.get(SystemActivityQuery.class);
    }

    @Produces
    @Singleton
    SovereigntyMapQuery sovereigntyMap(EveSeatDomain domain) {
        return domain.get(SovereigntyMapQuery.class);
    }

    @Produces
    @Singleton
    IncursionsQuery incursions(EveSeatDomain domain) {
        return domain.get(IncursionsQuery.class);
    }

    @Produces
    @Singleton
    SystemReportQuery systemReports(EveSeatDomain domain) {
        return domain.get(SystemReportQuery.class);
    }
}
