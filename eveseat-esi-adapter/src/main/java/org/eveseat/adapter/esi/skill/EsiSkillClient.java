package org.eveseat.adapter.esi.skill;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI skill routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiSkillClient {
    String READ_SKILLS = "esi-skills.read_skills.v1";
    String READ_SKILLQUEUE = "esi-skills.read_skillqueue.v1";

    @GET
    @Path("/characters/{character_id}/skills")
    @EsiScope(READ_SKILLS)
    Response skills(@PathParam("character_id") long characterId,
                    @HeaderParam("Authorization") String authorization,
                    @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/skillqueue")
    @EsiScope(READ_SKILLQUEUE)
    Response queue(@PathParam("character_id") long characterId,
                   @HeaderParam("Authorization") String authorization,
                   @HeaderParam("If-None-Match") String etag);
}
