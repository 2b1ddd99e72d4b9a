package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;

import java.util.List;

/** A killmail by id and hash, and the recent killmails of a character or corporation. */
public final class KillmailRoutes {

    private KillmailRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /killmails/{killmail_id}/{killmail_hash}")
                        .answer(request -> request.publicData().killmails()
                                .find(killmail -> killmail.killmailId() == request.longParam("killmail_id")
                                        && killmail.killmailHash().equals(request.pathParams().get("killmail_hash")))
                                .map(killmail -> Json.without(killmail, "killmail_hash"))
                                .orElseThrow(() -> HttpError.esi(422, "Invalid killmail_id and/or killmail_hash"))),
                EsiRoute.of("GET /characters/{character_id}/killmails/recent")
                        .pages(request -> request.character().recentKillmails(), Json::object),
                EsiRoute.of("GET /corporations/{corporation_id}/killmails/recent")
                        .pages(request -> request.corporation().recentKillmails(), Json::object));
    }
}
