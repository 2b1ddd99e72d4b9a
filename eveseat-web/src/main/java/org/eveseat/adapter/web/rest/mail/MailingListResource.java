package org.eveseat.adapter.web.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.mail.port.in.MailingListsQuery;
import org.eveseat.domain.shared.CharacterId;

/** The mailing lists a character has joined, e.g. to offer them as recipients. */
@Path("v1/characters/{characterId}/mail/lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class MailingListResource {
    @Inject
    MailingListsQuery lists;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List the character's mailing lists (as of the last sync)")
    @APIResponse(responseCode = "200", description = "{mailingLists: [{mailingListId, name}]}")
    @APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
    public JsonObject mailingLists(@PathParam("characterId") String characterId) {
        return MailJson.mailingLists(lists.mailingLists(RequestParams.viewer(security), CharacterId.parse(characterId)));
    }
}
