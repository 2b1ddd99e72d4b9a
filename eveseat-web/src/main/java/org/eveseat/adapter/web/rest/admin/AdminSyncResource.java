package org.eveseat.adapter.web.rest.admin;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eveseat.adapter.batch.scheduler.SyncMetrics;
import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.batch.scheduler.SyncScheduler;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.adapter.web.security.AdminOnly;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.OwnedPartitionsQuery;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;
import org.eveseat.domain.sync.model.TokenCoverage;
import org.eveseat.domain.sync.port.in.SyncScheduleQuery;
import org.eveseat.domain.sync.port.in.TokenCoverageQuery;

/**
 * The sync schedule per endpoint and owner (next due, last success, last error, failures in a row), this node's
 * scheduler and counters, and the operator's "run now" for one sync or for every due one.
 */
@Path("v1/admin/sync")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminSyncResource {
    @Inject
    SyncScheduleQuery schedule;

    @Inject
    RequestSyncUseCase requests;

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncMetrics metrics;

    @Inject
    EsiBudget budget;

    @Inject
    TokenCoverageQuery tokens;

    @Inject
    OwnedPartitionsQuery partitions;

    @GET
    @Path("schedule")
    public List<ScheduledSync> schedule(@QueryParam("limit") String limit) {
        return schedule.list(RequestParams.limit(limit, 500, 10_000));
    }

    @GET
    public JsonObject status() {
        var totals = JSON.createObjectBuilder();
        metrics.totals().forEach(totals::add);
        var jobs = JSON.createObjectBuilder();
        metrics.jobDurations().forEach((job, d) -> jobs.add(job, JSON.createObjectBuilder().add("ended", d[0])
                .add("meanMillis", d[1]).add("maxMillis", d[2])));
        return JSON.createObjectBuilder()
                .add("ticking", scheduler.ticking())
                .add("lastTick", String.valueOf(scheduler.lastTick()))
                .add("busySlots", scheduler.busySlots())
                .add("partitionsOwned", partitions.owned())
                .add("syncsLastMinute", metrics.perMinute())
                .add("totals", totals)
                .add("jobs", jobs)
                .add("esi", EsiBudgetJson.of(budget))
                .build();
    }

    /** Each character's token: valid or not, the endpoints it covers and the scopes it lacks. */
    @GET
    @Path("tokens")
    public List<TokenCoverage> tokens(@QueryParam("limit") String limit) {
        return tokens.coverage(RequestParams.limit(limit, 1000, 10_000));
    }

    /** Runs one scheduler pass on this node now; answers how many due syncs it claimed. */
    @POST
    @Path("run")
    public JsonObject runDue() {
        scheduler.planNow();
        return JSON.createObjectBuilder().add("claimed", scheduler.tick()).build();
    }

    @POST
    @Path("{endpoint}/{ownerId}/run")
    public JsonObject runOne(@PathParam("endpoint") String endpoint, @PathParam("ownerId") String ownerId) {
        SyncKey key = key(endpoint, ownerId);
        scheduler.planNow();
        int claimed = requests.request(key).map(sync -> {
            scheduler.run(sync);
            return 1;
        }).orElse(0);
        return JSON.createObjectBuilder().add("claimed", claimed).build();
    }

    private static SyncKey key(String endpoint, String ownerId) {
        try {
            return new SyncKey(SyncEndpoint.valueOf(endpoint.toUpperCase(Locale.ROOT)),
                    // universe-wide syncs (affiliations, sovereignty, wars, incursions) are keyed by owner 0
                    "0".equals(ownerId) ? 0 : RequestParams.id(ownerId, "owner id (0 for universe-wide syncs)"));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("unknown sync " + endpoint + "/" + ownerId + "; endpoints are "
                    + List.of(SyncEndpoint.values()));
        }
    }
}
