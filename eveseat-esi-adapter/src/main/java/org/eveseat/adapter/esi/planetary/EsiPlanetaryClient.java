package org.eveseat.adapter.esi.planetary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI planetary interaction routes (spec 2026-08-04). Responses stay raw so the caller can read the headers. */
public interface EsiPlanetaryClient {
    String MANAGE_PLANETS = "esi-planets.manage_planets.v1";
    String READ_CUSTOMS_OFFICES = "esi-planets.read_customs_offices.v1";

    @GET
    @Path("/characters/{character_id}/planets")
    @EsiScope(MANAGE_PLANETS)
    Response colonies(@PathParam("character_id") long characterId,
                      @HeaderParam("Authorization") String authorization,
                      @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/planets/{planet_id}")
    @EsiScope(MANAGE_PLANETS)
    Response layout(@PathParam("character_id") long characterId, @PathParam("planet_id") long planetId,
                    @HeaderParam("Authorization") String authorization,
                    @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/customs_offices")
    @EsiScope(READ_CUSTOMS_OFFICES)
    Response customsOffices(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                            @HeaderParam("Authorization") String authorization,
                            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/schematics/{schematic_id}")
    Response schematic(@PathParam("schematic_id") long schematicId, @HeaderParam("If-None-Match") String etag);
}
