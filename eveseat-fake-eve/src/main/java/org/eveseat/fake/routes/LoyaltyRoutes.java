package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;

import java.util.List;

/** A character's loyalty points and NPC standings, and the offers of NPC loyalty stores. */
public final class LoyaltyRoutes {

    private LoyaltyRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/loyalty/points")
                        .answer(request -> request.character().loyaltyPoints().all()),
                EsiRoute.of("GET /characters/{character_id}/standings")
                        .answer(request -> request.character().standings().all()),
                EsiRoute.of("GET /loyalty/stores/{corporation_id}/offers")
                        .answer(request -> request.publicData().loyaltyOffers(request.longParam("corporation_id"))
                                .all()));
    }
}
