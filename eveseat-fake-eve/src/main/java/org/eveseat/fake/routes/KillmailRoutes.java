package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.RateLimitGroup;

import java.util.List;

/** A killmail by id and hash, and the recent killmails of a character or corporation. */
public final class KillmailRoutes {

    private KillmailRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.get("/killmails/{killmail_id}/{killmail_hash}").group(RateLimitGroup.KILLMAIL)
                        .cacheSeconds(2592000).answer(request -> request.publicData().killmails()
                                .find(killmail -> killmail.killmailId() == request.longParam("killmail_id")
                                        && killmail.killmailHash().equals(request.pathParams().get("killmail_hash")))
                                .map(killmail -> Json.without(killmail, "killmail_hash"))
                                .orElseThrow(() -> HttpError.esi(422, "Invalid killmail_id and/or killmail_hash"))),
                EsiRoute.get("/characters/{character_id}/killmails/recent").scope(Scopes.READ_KILLMAILS)
                        .group(RateLimitGroup.CHAR_KILLMAIL).cacheSeconds(300)
                        .pages(request -> request.character().recentKillmails(), Json::object),
                EsiRoute.get("/corporations/{corporation_id}/killmails/recent")
                        .scope(Scopes.READ_CORPORATION_KILLMAILS).roles("Director")
                        .group(RateLimitGroup.CORP_KILLMAIL).cacheSeconds(300)
                        .pages(request -> request.corporation().recentKillmails(), Json::object));
    }
}
