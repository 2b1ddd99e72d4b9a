package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.IndustryJob;

import java.util.List;
import java.util.Map;

/** Industry jobs of characters and corporations, public facilities and cost indices, and blueprints. */
public final class IndustryRoutes {

    private IndustryRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/industry/jobs")
                        .answer(request -> request.character().industryJobs().all().stream()
                                .filter(job -> listed(request, job)).map(IndustryRoutes::characterJob).toList()),
                EsiRoute.of("GET /corporations/{corporation_id}/industry/jobs")
                        .pages(request -> request.corporation().industryJobs(), IndustryRoutes::listed,
                                Json::object),
                EsiRoute.of("GET /industry/facilities")
                        .answer(request -> request.publicData().industryFacilities().all()),
                EsiRoute.of("GET /industry/systems")
                        .answer(request -> request.publicData().industrySystems().all()),
                EsiRoute.of("GET /characters/{character_id}/blueprints")
                        .pages(request -> request.character().blueprints(), Json::object),
                EsiRoute.of("GET /corporations/{corporation_id}/blueprints")
                        .pages(request -> request.corporation().blueprints(), Json::object));
    }

    /** Open jobs only, unless {@code include_completed=true}. */
    private static boolean listed(EsiRequest request, IndustryJob job) {
        return job.open() || request.queryBoolean("include_completed").orElse(false);
    }

    private static Map<String, Object> characterJob(IndustryJob job) {
        Map<String, Object> json = Json.without(job, "location_id");
        json.put("station_id", job.locationId());
        return json;
    }
}
