package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;

import java.util.List;

/**
 * A character's location, ship, online state and skills, with the scopes, rate-limit group and cache times the
 * spec gives them (location and ship 5 s, online and skills 60 s).
 */
public final class PilotRoutes {

    private PilotRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/location")
                        .answer(request -> request.character().pilotState().location()),
                EsiRoute.of("GET /characters/{character_id}/ship")
                        .answer(request -> request.character().pilotState().ship()),
                EsiRoute.of("GET /characters/{character_id}/online")
                        .answer(request -> request.character().pilotState().online()),
                EsiRoute.of("GET /characters/{character_id}/skills")
                        .answer(request -> request.character().pilotState().skills()));
    }
}
