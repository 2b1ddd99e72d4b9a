package org.eveseat.adapter.esi.killmail;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI killmail routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiKillmailClient {
    String READ_KILLMAILS = "esi-killmails.read_killmails.v1";
    String READ_CORPORATION_KILLMAILS = "esi-killmails.read_corporation_killmails.v1";

    @GET
    @Path("/characters/{character_id}/killmails/recent")
    @EsiScope(READ_KILLMAILS)
    Response characterRecent(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/killmails/recent")
    @EsiScope(READ_CORPORATION_KILLMAILS)
    Response corporationRecent(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                               @HeaderParam("Authorization") String authorization,
                               @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/killmails/{killmail_id}/{killmail_hash}")
    Response killmail(@PathParam("killmail_id") long killmailId, @PathParam("killmail_hash") String hash,
                      @HeaderParam("If-None-Match") String etag);
}
