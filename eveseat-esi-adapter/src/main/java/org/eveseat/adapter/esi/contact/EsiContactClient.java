package org.eveseat.adapter.esi.contact;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI contact routes of characters, corporations and alliances (spec 2026-08-04), answered raw. */
public interface EsiContactClient {
    String READ_CHARACTER = "esi-characters.read_contacts.v1";
    String WRITE_CHARACTER = "esi-characters.write_contacts.v1";
    String READ_CORPORATION = "esi-corporations.read_contacts.v1";
    String READ_ALLIANCE = "esi-alliances.read_contacts.v1";

    @GET
    @Path("/characters/{character_id}/contacts")
    @EsiScope(READ_CHARACTER)
    Response characterContacts(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                               @HeaderParam("Authorization") String authorization,
                               @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/contacts/labels")
    @EsiScope(READ_CHARACTER)
    Response characterLabels(@PathParam("character_id") long characterId,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);

    @POST
    @Path("/characters/{character_id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(WRITE_CHARACTER)
    Response add(@PathParam("character_id") long characterId, @QueryParam("standing") double standing,
                 @QueryParam("label_ids") List<Long> labelIds, @QueryParam("watched") boolean watched,
                 @HeaderParam("Authorization") String authorization, String contactIds);

    @PUT
    @Path("/characters/{character_id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(WRITE_CHARACTER)
    Response edit(@PathParam("character_id") long characterId, @QueryParam("standing") double standing,
                  @QueryParam("label_ids") List<Long> labelIds, @QueryParam("watched") boolean watched,
                  @HeaderParam("Authorization") String authorization, String contactIds);

    @DELETE
    @Path("/characters/{character_id}/contacts")
    @EsiScope(WRITE_CHARACTER)
    Response delete(@PathParam("character_id") long characterId, @QueryParam("contact_ids") List<Long> contactIds,
                    @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/corporations/{corporation_id}/contacts")
    @EsiScope(READ_CORPORATION)
    Response corporationContacts(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                                 @HeaderParam("Authorization") String authorization,
                                 @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/contacts/labels")
    @EsiScope(READ_CORPORATION)
    Response corporationLabels(@PathParam("corporation_id") long corporationId,
                               @HeaderParam("Authorization") String authorization,
                               @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/alliances/{alliance_id}/contacts")
    @EsiScope(READ_ALLIANCE)
    Response allianceContacts(@PathParam("alliance_id") long allianceId, @QueryParam("page") int page,
                              @HeaderParam("Authorization") String authorization,
                              @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/alliances/{alliance_id}/contacts/labels")
    @EsiScope(READ_ALLIANCE)
    Response allianceLabels(@PathParam("alliance_id") long allianceId,
                            @HeaderParam("Authorization") String authorization,
                            @HeaderParam("If-None-Match") String etag);
}
