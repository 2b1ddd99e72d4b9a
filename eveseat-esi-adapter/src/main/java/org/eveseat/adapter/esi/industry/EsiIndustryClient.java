package org.eveseat.adapter.esi.industry;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI industry routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiIndustryClient {
    String READ_CHARACTER_JOBS = "esi-industry.read_character_jobs.v1";
    String READ_CORPORATION_JOBS = "esi-industry.read_corporation_jobs.v1";

    @GET
    @Path("/characters/{character_id}/industry/jobs")
    @EsiScope(READ_CHARACTER_JOBS)
    Response characterJobs(@PathParam("character_id") long characterId,
                           @QueryParam("include_completed") boolean includeCompleted,
                           @HeaderParam("Authorization") String authorization,
                           @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/industry/jobs")
    @EsiScope(READ_CORPORATION_JOBS)
    Response corporationJobs(@PathParam("corporation_id") long corporationId,
                             @QueryParam("include_completed") boolean includeCompleted,
                             @QueryParam("page") int page,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/industry/facilities")
    Response facilities(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/industry/systems")
    Response systems(@HeaderParam("If-None-Match") String etag);
}
