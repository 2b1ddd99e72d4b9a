package org.eveseat.adapter.web.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.mail.port.in.CreateMailLabelUseCase;
import org.eveseat.domain.mail.port.in.DeleteMailLabelUseCase;
import org.eveseat.domain.mail.port.in.MailLabelsQuery;
import org.eveseat.domain.shared.CharacterId;

/** A character's mail labels: the stored list with unread counts, creating and deleting custom labels. */
@Path("v1/characters/{characterId}/mail/labels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
@APIResponse(responseCode = "400", description = "Malformed id or body (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character or label for this caller (problem+json)")
public class MailLabelResource {
    @Inject
    MailLabelsQuery labels;
    @Inject
    CreateMailLabelUseCase create;
    @Inject
    DeleteMailLabelUseCase delete;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List mail labels with their unread counts (as of the last sync)")
    @APIResponse(responseCode = "200", description = "{labels: [{labelId, name, color, unreadCount}], "
            + "totalUnreadCount}")
    public JsonObject labels(@PathParam("characterId") String characterId) {
        return MailJson.labels(labels.labels(RequestParams.viewer(security), CharacterId.parse(characterId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a mail label in EVE", description = "Body: {name (1-40 characters), color (one of "
            + "EVE's 18 label colours as #rrggbb, default #ffffff)}.")
    @APIResponse(responseCode = "201", description = "The new label")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"name\": \"Fleet\", \"color\": \"#ff6600\"}")))
    public Response create(@PathParam("characterId") String characterId, String body) {
        var label = create.create(RequestParams.viewer(security), CharacterId.parse(characterId),
                MailRequests.label(body));
        return Response.status(Response.Status.CREATED).entity(MailJson.label(label)).build();
    }

    @DELETE
    @Path("{labelId}")
    @Operation(summary = "Delete a custom mail label in EVE and here (built-in labels cannot be deleted)")
    @APIResponse(responseCode = "204", description = "Deleted, and taken off every mail")
    public void delete(@PathParam("characterId") String characterId, @PathParam("labelId") String labelId) {
        delete.delete(RequestParams.viewer(security), CharacterId.parse(characterId), RequestParams.id(labelId, "label id"));
    }
}
