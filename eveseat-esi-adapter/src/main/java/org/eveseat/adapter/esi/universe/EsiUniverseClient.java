package org.eveseat.adapter.esi.universe;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public ESI universe and route routes (spec 2026-08-04). Responses stay raw so the caller can read the cache
 * headers; the POST bodies are JSON written by {@code EsiJson}.
 */
public interface EsiUniverseClient {
    @GET
    @Path("/universe/systems/{system_id}")
    Response system(@PathParam("system_id") long systemId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/stargates/{stargate_id}")
    Response stargate(@PathParam("stargate_id") long stargateId, @HeaderParam("If-None-Match") String etag);

    /** At most 1000 unique ids. */
    @POST
    @Path("/universe/names")
    @Consumes(MediaType.APPLICATION_JSON)
    Response names(String ids);

    @POST
    @Path("/route/{origin_system_id}/{destination_system_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response route(@PathParam("origin_system_id") long originSystemId,
                   @PathParam("destination_system_id") long destinationSystemId, String body);
}
