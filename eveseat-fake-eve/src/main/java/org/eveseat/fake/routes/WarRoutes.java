package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Sde;
import org.eveseat.fake.ledger.War;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Wars, their killmails, incursions, the factional-warfare systems and the factions. */
public final class WarRoutes {

    /** ESI lists 2000 war ids per request. */
    private static final int WARS_PER_REQUEST = 2000;

    private WarRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /wars").answer(request -> {
                    long below = request.queryLong("max_war_id").map(max -> max + 1).orElse(Long.MAX_VALUE);
                    return request.publicData().wars().all().stream().map(War::id).filter(id -> id < below)
                            .sorted(Comparator.reverseOrder()).limit(WARS_PER_REQUEST).toList();
                }),
                EsiRoute.of("GET /wars/{war_id}")
                        .answer(request -> request.publicData().wars()
                                .find(war -> war.id() == request.longParam("war_id"))
                                .orElseThrow(() -> Bodies.notFound("War"))),
                EsiRoute.of("GET /wars/{war_id}/killmails")
                        .pages(request -> request.publicData().warKillmails(request.longParam("war_id")),
                                Json::object),
                EsiRoute.of("GET /incursions")
                        .answer(request -> request.publicData().incursions().all()),
                EsiRoute.of("GET /fw/systems").answer(request -> request.publicData().warzone().all()),
                EsiRoute.of("GET /universe/factions").answer(request -> Sde.get().factions().values().stream()
                        .map(WarRoutes::faction).toList()));
    }

    /** The SDE extract has ids and names; the rest of the spec's required fields are plain values. */
    private static Map<String, Object> faction(Sde.Named faction) {
        return Map.of("faction_id", faction.id(), "name", faction.name(), "description", faction.name(),
                "size_factor", 1.0, "station_count", 0, "station_system_count", 0, "is_unique", true);
    }
}
