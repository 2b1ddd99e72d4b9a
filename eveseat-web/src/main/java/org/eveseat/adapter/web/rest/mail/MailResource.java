package org.eveseat.adapter.web.rest.mail;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.mail.model.MailCursor;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.model.SanitizedMail;
import org.eveseat.domain.mail.port.in.DeleteMailUseCase;
import org.eveseat.domain.mail.port.in.ListMailQuery;
import org.eveseat.domain.mail.port.in.ReadMailUseCase;
import org.eveseat.domain.mail.port.in.SendMailUseCase;
import org.eveseat.domain.mail.port.in.UpdateMailUseCase;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * The EVE mail of one character: list, read, send, mark and relabel, delete. The character is part of the path;
 * a character the caller neither owns nor administers answers 404 like one that does not exist. Labels and
 * mailing lists have resources of their own, syncing is {@link MailSyncResource}.
 */
@Path("v1/characters/{characterId}/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail", description = "A character's EVE mail, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id, parameter or body (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character or mail for this caller (problem+json)")
public class MailResource {
    @Inject
    ListMailQuery list;
    @Inject
    ReadMailUseCase read;
    @Inject
    SendMailUseCase send;
    @Inject
    UpdateMailUseCase update;
    @Inject
    DeleteMailUseCase delete;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List stored mail headers, newest first, keyset-paged",
            description = "Pass the `next` cursor of a page as `after` to get the next page; `next` is null on "
                    + "the last page. Filters combine.")
    @APIResponse(responseCode = "200", description = "{mails: [header], next: cursor or null}")
    public JsonObject list(@PathParam("characterId") String characterId,
                           @Parameter(description = "only mail with this label id") @QueryParam("label") String label,
                           @Parameter(description = "true: only unread mail") @QueryParam("unread") String unread,
                           @Parameter(description = "only mail from this sender id") @QueryParam("from") String from,
                           @Parameter(description = "cursor from the previous page") @QueryParam("after") String after,
                           @Parameter(description = "1-100, default 50") @QueryParam("limit") String limit) {
        MailSearch search = new MailSearch(RequestParams.optionalId(label, "label"), RequestParams.flag(unread, "unread"),
                RequestParams.optionalId(from, "from"), after == null ? null : MailCursor.parse(after),
                RequestParams.limit(limit, MailSearch.DEFAULT_LIMIT));
        MailPage page = list.list(RequestParams.viewer(security), CharacterId.parse(characterId), search);
        return MailJson.page(page, names.resolve(MailJson.nameIds(page.mails())));
    }

    @GET
    @Path("{mailId}")
    @Operation(summary = "Read one mail", description = "The body is fetched from ESI on first read and stored; "
            + "it is always sanitized (EVE formatting only, no scripts, handlers or foreign URL schemes).")
    @APIResponse(responseCode = "200", description = "The header fields and the sanitized body")
    @APIResponse(responseCode = "502", description = "ESI could not deliver the body now (problem+json)")
    public JsonObject read(@PathParam("characterId") String characterId, @PathParam("mailId") String mailId) {
        SanitizedMail mail = read.read(RequestParams.viewer(security), CharacterId.parse(characterId),
                RequestParams.id(mailId, "mail id"));
        return MailJson.mail(mail, names.resolve(MailJson.nameIds(List.of(mail.header()))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a mail through ESI", description = "Body: {recipients: [{id, type: character, "
            + "corporation, alliance or mailing_list}] (1-50), subject (up to 1000 characters), body (up to 10000), "
            + "approvedCost (ISK, default 0)}. The mail appears in the listing after the next sync.")
    @APIResponse(responseCode = "201", description = "{mailId}")
    @APIResponse(responseCode = "409", description = "A CSPA charge above approvedCost (the detail names the "
            + "charge), or the SSO token is no longer valid (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"recipients\": [{\"id\": 90000001, \"type\": \"character\"}], \"subject\": \"Fleet tonight\", "
                    + "\"body\": \"<b>19:00</b> in Jita\", \"approvedCost\": 0}")))
    public Response send(@PathParam("characterId") String characterId, String body) {
        long mailId = send.send(RequestParams.viewer(security),
                MailRequests.send(CharacterId.parse(characterId), body));
        return Response.status(Response.Status.CREATED)
                .entity(JSON.createObjectBuilder().add("mailId", mailId).build()).build();
    }

    @PUT
    @Path("{mailId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a mail read or unread and/or replace its labels",
            description = "Body: {read: boolean, labels: [label id]} with either or both.")
    @APIResponse(responseCode = "204", description = "Changed in EVE and in the stored copy")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"read\": true, \"labels\": [1, 2]}")))
    public void update(@PathParam("characterId") String characterId, @PathParam("mailId") String mailId,
                       String body) {
        update.update(RequestParams.viewer(security), CharacterId.parse(characterId), RequestParams.id(mailId, "mail id"),
                MailRequests.update(body));
    }

    @DELETE
    @Path("{mailId}")
    @Operation(summary = "Delete a mail in EVE and here")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("characterId") String characterId, @PathParam("mailId") String mailId) {
        delete.delete(RequestParams.viewer(security), CharacterId.parse(characterId), RequestParams.id(mailId, "mail id"));
    }
}
