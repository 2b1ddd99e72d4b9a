package org.eveseat.fake.routes;

import org.eveseat.fake.CachePolicy;
import org.eveseat.fake.EsiRoute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server status and the meta routes (route health, compatibility dates, changelog). */
public final class StatusRoutes {

    private StatusRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /status")
                        .answer(request -> request.publicData().status()),
                EsiRoute.of("GET /meta/status").cache(CachePolicy.seconds(60))
                        .answer(request -> Map.of("routes", AllRoutes.routes().stream().map(route -> Map.of(
                                "method", route.method(), "path", route.pathTemplate(), "status", "OK")).toList())),
                EsiRoute.of("GET /meta/compatibility-dates")
                        .answer(request -> Map.of("compatibility_dates",
                                List.of("2020-01-01", "2025-08-26", "2025-09-30", "2025-11-06", "2026-05-19",
                                        "2026-06-09", "2026-08-04"))),
                EsiRoute.of("GET /meta/changelog")
                        .answer(request -> Map.of("changelog", changelog())));
    }

    private static Map<String, Object> changelog() {
        Map<String, Object> byDate = new LinkedHashMap<>();
        byDate.put("2026-05-19", List.of(Map.of("compatibility_date", "2026-05-19", "method", "GET",
                "path", "/sovereignty/systems", "type", "new",
                "description", "New route listing who holds each solar system.")));
        byDate.put("2025-09-30", List.of(Map.of("compatibility_date", "2025-09-30", "method", "POST",
                "path", "/route/{origin_system_id}/{destination_system_id}", "type", "breaking",
                "description", "Route calculation moved to POST with a JSON body.")));
        return byDate;
    }
}
