package org.eveseat.adapter.esi.corporation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI corporation routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiCorporationClient {
    String READ_MEMBERSHIP = "esi-corporations.read_corporation_membership.v1";
    String READ_STRUCTURES = "esi-corporations.read_structures.v1";
    String READ_DIVISIONS = "esi-corporations.read_divisions.v1";

    @GET
    @Path("/corporations/{corporation_id}")
    Response info(@PathParam("corporation_id") long corporationId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/members")
    @EsiScope(READ_MEMBERSHIP)
    Response members(@PathParam("corporation_id") long corporationId,
                     @HeaderParam("Authorization") String authorization,
                     @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/roles")
    @EsiScope(READ_MEMBERSHIP)
    Response roles(@PathParam("corporation_id") long corporationId,
                   @HeaderParam("Authorization") String authorization,
                   @HeaderParam("If-None-Match") String etag);

    /** Needs the Station Manager role. */
    @GET
    @Path("/corporations/{corporation_id}/structures")
    @EsiScope(READ_STRUCTURES)
    Response structures(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                        @HeaderParam("Authorization") String authorization,
                        @HeaderParam("If-None-Match") String etag);

    /** Needs the Director role. */
    @GET
    @Path("/corporations/{corporation_id}/divisions")
    @EsiScope(READ_DIVISIONS)
    Response divisions(@PathParam("corporation_id") long corporationId,
                       @HeaderParam("Authorization") String authorization,
                       @HeaderParam("If-None-Match") String etag);
}
