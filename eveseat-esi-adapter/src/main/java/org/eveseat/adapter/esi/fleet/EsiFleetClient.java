package org.eveseat.adapter.esi.fleet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI fleet routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiFleetClient {
    String READ_FLEET = "esi-fleets.read_fleet.v1";

    @GET
    @Path("/characters/{character_id}/fleet")
    @EsiScope(READ_FLEET)
    Response membership(@PathParam("character_id") long characterId,
                        @HeaderParam("Authorization") String authorization,
                        @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/fleets/{fleet_id}")
    @EsiScope(READ_FLEET)
    Response fleet(@PathParam("fleet_id") long fleetId, @HeaderParam("Authorization") String authorization,
                   @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/fleets/{fleet_id}/members")
    @EsiScope(READ_FLEET)
    Response members(@PathParam("fleet_id") long fleetId, @HeaderParam("Authorization") String authorization,
                     @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/fleets/{fleet_id}/wings")
    @EsiScope(READ_FLEET)
    Response wings(@PathParam("fleet_id") long fleetId, @HeaderParam("Authorization") String authorization,
                   @HeaderParam("If-None-Match") String etag);
}
