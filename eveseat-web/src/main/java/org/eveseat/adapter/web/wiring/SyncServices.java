package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
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

/**
 * The use cases of the sync engine  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class SyncServices {
    @Produces
    @Singleton
    PlanSyncsUseCase plan(EveSeatDomain domain) {
        return domain.get(PlanSyncsUseCase.class);
    }

    @Produces
    @Singleton
    ClaimDueSyncsUseCase claim(EveSeatDomain domain) {
        return domain.get(ClaimDueSyncsUseCase.class);
    }

    @Produces
    @Singleton
    RenewSyncLeaseUseCase renew(EveSeatDomain domain) {
        return domain.get(RenewSyncLeaseUseCase.class);
    }

    @Produces
    @Singleton
    RecordSyncOutcomeUseCase record(EveSeatDomain domain) {
        return domain.get(RecordSyncOutcomeUseCase.class);
    }

    @Produces
    @Singleton
    ReleaseSyncLeasesUseCase release(EveSeatDomain domain) {
        return domain.get(ReleaseSyncLeasesUseCase.class);
    }

    @Produces
    @Singleton
    RequestSyncUseCase request(EveSeatDomain domain) {
        return domain.get(RequestSyncUseCase.class);
    }

    @Produces
    @Singleton
    TokenCoverageQuery tokenCoverage(EveSeatDomain domain) {
        return domain.get(TokenCoverageQuery.class);
    }

    @Produces
    @Singleton
    OwnedPartitionsQuery ownedPartitions(EveSeatDomain domain) {
        return domain.get(OwnedPartitionsQuery.class);
    }

    @Produces
    @Singleton
    JobRunLogUseCase jobRuns(EveSeatDomain domain) {
        return domain.get(JobRunLogUseCase.class);
    }

    /** Counts only what the scheduler here can run, as the planner does. */
    @Produces
    @Singleton
    FirstSyncQuery firstSync(EveSeatDomain domain) {
        return domain.get(FirstSyncQuery.class);
    }

    @Produces
    @Singleton
    SyncScheduleQuery query(EveSeatDomain domain) {
        return domain.get(SyncScheduleQuery.class);
    }

    @Produces
    @Singleton
    SyncTimesQuery times(EveSeatDomain domain) {
        return domain.get(SyncTimesQuery.class);
    }
}
