package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;

/** The runners of universe-wide public endpoints, read without a character's token: the map's live layers. */
@ApplicationScoped
public class UniverseSyncRunners {
    @Produces
    SyncRunner systemActivity(SyncSystemActivityUseCase useCase) {
        return read(SyncEndpoint.SYSTEM_ACTIVITY, sync -> useCase.sync());
    }

    @Produces
    SyncRunner sovereignty(SyncSovereigntyUseCase useCase) {
        return read(SyncEndpoint.SOVEREIGNTY, sync -> useCase.sync());
    }

    @Produces
    SyncRunner sovereigntyCampaigns(SyncSovereigntyCampaignsUseCase useCase) {
        return read(SyncEndpoint.SOVEREIGNTY_CAMPAIGNS, sync -> useCase.sync());
    }

    @Produces
    SyncRunner incursions(SyncIncursionsUseCase useCase) {
        return read(SyncEndpoint.INCURSIONS, sync -> useCase.sync());
    }
}
