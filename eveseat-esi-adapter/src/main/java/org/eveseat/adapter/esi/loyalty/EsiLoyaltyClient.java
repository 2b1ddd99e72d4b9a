package org.eveseat.adapter.esi.loyalty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI loyalty routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiLoyaltyClient {
    String READ_LOYALTY = "esi-characters.read_loyalty.v1";

    @GET
    @Path("/characters/{character_id}/loyalty/points")
    @EsiScope(READ_LOYALTY)
    Response points(@PathParam("character_id") long characterId,
                    @HeaderParam("Authorization") String authorization,
                    @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/loyalty/stores/{corporation_id}/offers")
    Response offers(@PathParam("corporation_id") long corporationId, @HeaderParam("If-None-Match") String etag);
}
