package org.eveseat.fake.routes;

import org.eveseat.fake.CachePolicy;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.RateLimitGroup;

import java.util.List;

/** A character's loyalty points and NPC standings, and the offers of NPC loyalty stores. */
public final class LoyaltyRoutes {

    private LoyaltyRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.get("/characters/{character_id}/loyalty/points").scope(Scopes.READ_LOYALTY)
                        .group(RateLimitGroup.CHAR_WALLET).cacheSeconds(3600)
                        .answer(request -> request.character().loyaltyPoints().all()),
                EsiRoute.of("GET /characters/{character_id}/standings")
                        .answer(request -> request.character().standings().all()),
                EsiRoute.get("/loyalty/stores/{corporation_id}/offers").cache(CachePolicy.DAILY)
                        .answer(request -> request.publicData().loyaltyOffers(request.longParam("corporation_id"))
                                .all()));
    }
}
