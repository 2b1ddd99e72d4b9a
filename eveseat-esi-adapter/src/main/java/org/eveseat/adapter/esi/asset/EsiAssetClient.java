package org.eveseat.adapter.esi.asset;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI asset routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiAssetClient {
    String READ_ASSETS = "esi-assets.read_assets.v1";
    String READ_CORPORATION_ASSETS = "esi-assets.read_corporation_assets.v1";

    @GET
    @Path("/characters/{character_id}/assets")
    @EsiScope(READ_ASSETS)
    Response characterAssets(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);

    /** Needs the Director role. */
    @GET
    @Path("/corporations/{corporation_id}/assets")
    @EsiScope(READ_CORPORATION_ASSETS)
    Response corporationAssets(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                               @HeaderParam("Authorization") String authorization,
                               @HeaderParam("If-None-Match") String etag);
}
