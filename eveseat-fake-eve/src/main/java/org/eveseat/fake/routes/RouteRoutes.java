package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.ledger.Sde;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /route/{origin_system_id}/{destination_system_id}} with the body {@code RouteRequestBody}
 * ({@code preference}, {@code security_penalty}, {@code avoid_systems}, {@code connections}); the same
 * settings may come as query parameters instead. Answers {@code {"route": [system ids]}}.
 */
public final class RouteRoutes {

    private static final Set<String> PREFERENCES = Set.of("Shorter", "Safer", "LessSecure");

    private RouteRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(EsiRoute.of("POST /route/{origin_system_id}/{destination_system_id}")
                .answer(RouteRoutes::route));
    }

    private static Map<String, Object> route(EsiRequest request) {
        long origin = system(request, "origin_system_id");
        long destination = system(request, "destination_system_id");
        boolean query = request.body() == null;
        Map<String, Object> body = query ? new LinkedHashMap<>(request.query()) : Bodies.object(request.json());
        String preference = Bodies.enumValue(body, "preference", "body", PREFERENCES, "Shorter");
        long penalty = body.containsKey("security_penalty") ? penalty(body.get("security_penalty")) : 50;
        Set<Long> avoid = new HashSet<>(query ? request.queryLongs("avoid_systems")
                : body.containsKey("avoid_systems")
                ? Bodies.longs(body.get("avoid_systems"), "body.avoid_systems", 0, 1000) : List.of());
        List<RoutePlanner.Connection> connections = query ? List.of() : connections(body.get("connections"));
        List<Long> route = RoutePlanner.route(origin, destination, preference, (int) penalty, avoid, connections)
                .orElseThrow(() -> HttpError.esi(404, "No route found"));
        return Map.of("route", route);
    }

    private static long system(EsiRequest request, String parameter) {
        long id = request.longParam(parameter);
        if (!Sde.get().systems().containsKey(id)) {
            throw HttpError.esi(404, "Solar system " + id + " not found");
        }
        return id;
    }

    private static long penalty(Object value) {
        long penalty;
        try {
            penalty = value instanceof Long number ? number : Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw HttpError.invalid("body.security_penalty", "expected integer", value);
        }
        if (penalty < 0 || penalty > 100) {
            throw HttpError.invalid("body.security_penalty", "expected number between 0 and 100", value);
        }
        return penalty;
    }

    private static List<RoutePlanner.Connection> connections(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 1000) {
            throw HttpError.invalid("body.connections", "expected at most 1000 connections", null);
        }
        return list.stream().map(Bodies::object).map(c -> new RoutePlanner.Connection(
                Bodies.requiredLong(c, "from", "body.connections"), Bodies.requiredLong(c, "to", "body.connections")))
                .toList();
    }
}
