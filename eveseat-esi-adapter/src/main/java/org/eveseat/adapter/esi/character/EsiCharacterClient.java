package org.eveseat.adapter.esi.character;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public ESI character routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiCharacterClient {
    @GET
    @Path("/characters/{character_id}")
    Response character(@PathParam("character_id") long characterId, @HeaderParam("If-None-Match") String etag);

    /** At most 1000 unique character ids, as a JSON array. */
    @POST
    @Path("/characters/affiliation")
    @Consumes(MediaType.APPLICATION_JSON)
    Response affiliation(String characterIds);
}
