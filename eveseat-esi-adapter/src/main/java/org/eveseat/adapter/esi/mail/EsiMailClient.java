package org.eveseat.adapter.esi.mail;

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

/** ESI character mail routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiMailClient {
    String READ_MAIL = "esi-mail.read_mail.v1";
    String SEND_MAIL = "esi-mail.send_mail.v1";
    String ORGANIZE_MAIL = "esi-mail.organize_mail.v1";

    @GET
    @Path("/characters/{character_id}/mail")
    @EsiScope(READ_MAIL)
    Response headers(@PathParam("character_id") long characterId, @QueryParam("labels") List<Long> labels,
                     @QueryParam("last_mail_id") Long lastMailId,
                     @HeaderParam("Authorization") String authorization, @HeaderParam("If-None-Match") String etag);

    @POST
    @Path("/characters/{character_id}/mail")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(SEND_MAIL)
    Response send(@PathParam("character_id") long characterId, @HeaderParam("Authorization") String authorization,
                  String mail);

    @GET
    @Path("/characters/{character_id}/mail/{mail_id}")
    @EsiScope(READ_MAIL)
    Response mail(@PathParam("character_id") long characterId, @PathParam("mail_id") long mailId,
                  @HeaderParam("Authorization") String authorization, @HeaderParam("If-None-Match") String etag);

    @PUT
    @Path("/characters/{character_id}/mail/{mail_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(ORGANIZE_MAIL)
    Response update(@PathParam("character_id") long characterId, @PathParam("mail_id") long mailId,
                    @HeaderParam("Authorization") String authorization, String update);

    @DELETE
    @Path("/characters/{character_id}/mail/{mail_id}")
    @EsiScope(ORGANIZE_MAIL)
    Response delete(@PathParam("character_id") long characterId, @PathParam("mail_id") long mailId,
                    @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/characters/{character_id}/mail/labels")
    @EsiScope(READ_MAIL)
    Response labels(@PathParam("character_id") long characterId, @HeaderParam("Authorization") String authorization,
                    @HeaderParam("If-None-Match") String etag);

    @POST
    @Path("/characters/{character_id}/mail/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(ORGANIZE_MAIL)
    Response createLabel(@PathParam("character_id") long characterId,
                         @HeaderParam("Authorization") String authorization, String label);

    @DELETE
    @Path("/characters/{character_id}/mail/labels/{label_id}")
    @EsiScope(ORGANIZE_MAIL)
    Response deleteLabel(@PathParam("character_id") long characterId, @PathParam("label_id") long labelId,
                         @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/characters/{character_id}/mail/lists")
    @EsiScope(READ_MAIL)
    Response mailingLists(@PathParam("character_id") long characterId,
                          @HeaderParam("Authorization") String authorization,
                          @HeaderParam("If-None-Match") String etag);
}
