package org.eveseat.adapter.esi.blueprint;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI blueprint routes (spec 2026-08-04), both paged. Responses stay raw so the caller can read the headers. */
public interface EsiBlueprintClient {
    String READ_BLUEPRINTS = "esi-characters.read_blueprints.v1";
    String READ_CORPORATION_BLUEPRINTS = "esi-corporations.read_blueprints.v1";

    @GET
    @Path("/characters/{character_id}/blueprints")
    @EsiScope(READ_BLUEPRINTS)
    Response characterBlueprints(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                                 @HeaderParam("Authorization") String authorization,
                                 @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/blueprints")
    @EsiScope(READ_CORPORATION_BLUEPRINTS)
    Response corporationBlueprints(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                                   @HeaderParam("Authorization") String authorization,
                                   @HeaderParam("If-None-Match") String etag);
}
