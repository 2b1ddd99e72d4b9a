package org.eveseat.adapter.esi.universecatalogue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;
import org.eveseat.domain.universe.model.UniverseScopes;

/**
 * ESI routes of the static universe, player structures, hourly system statistics and the name-to-id lookup
 * (spec 2026-08-04). Responses stay raw so the caller can read the cache headers.
 */
public interface EsiUniverseCatalogueClient {
    @GET
    @Path("/universe/regions")
    Response regionIds(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/regions/{region_id}")
    Response region(@PathParam("region_id") long regionId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/constellations")
    Response constellationIds(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/constellations/{constellation_id}")
    Response constellation(@PathParam("constellation_id") long constellationId,
                           @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/systems")
    Response systemIds(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/planets/{planet_id}")
    Response planet(@PathParam("planet_id") long planetId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/stations/{station_id}")
    Response station(@PathParam("station_id") long stationId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/structures/{structure_id}")
    @EsiScope(UniverseScopes.READ_STRUCTURES)
    Response structure(@PathParam("structure_id") long structureId,
                       @HeaderParam("Authorization") String authorization,
                       @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/types/{type_id}")
    Response type(@PathParam("type_id") long typeId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/system_jumps")
    Response systemJumps(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/universe/system_kills")
    Response systemKills(@HeaderParam("If-None-Match") String etag);

    /** 1 to 500 unique names, at most 100 characters each. */
    @POST
    @Path("/universe/ids")
    @Consumes(MediaType.APPLICATION_JSON)
    Response ids(String names);
}
