package org.eveseat.adapter.web.rest.contact;

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
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.port.in.AddContactsUseCase;
import org.eveseat.domain.contact.port.in.DeleteContactsUseCase;
import org.eveseat.domain.contact.port.in.EditContactsUseCase;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * A character's contacts: the stored list, and adding, editing and deleting in EVE (then here). A character the
 * caller neither owns nor administers answers 404 like one that does not exist.
 */
@Path("v1/characters/{characterId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Contact lists with standings, labels and watch flags, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id, parameter or body (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
public class ContactResource {
    private static final String CHANGE = "Body: {contactIds: [id] (1-100), standing (-10 to 10), labels: [label id] "
            + "(up to 63, optional), watched (optional, default false)}.";

    @Inject
    ListContactsQuery list;
    @Inject
    ResolveNamesQuery names;
    @Inject
    AddContactsUseCase add;
    @Inject
    EditContactsUseCase edit;
    @Inject
    DeleteContactsUseCase delete;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List stored contacts, filtered, sorted and paged")
    @APIResponse(responseCode = "200", description = "{contacts: [{contactId, type, standing, labels, watched, "
            + "blocked}], total, offset, limit}")
    public JsonObject list(@PathParam("characterId") String characterId,
                           @Parameter(description = "character, corporation, alliance or faction")
                           @QueryParam("type") String type,
                           @Parameter(description = "only contacts with this label id")
                           @QueryParam("label") String label,
                           @Parameter(description = "true or false") @QueryParam("watched") String watched,
                           @Parameter(description = "contactId (default), standing or -standing")
                           @QueryParam("sort") String sort,
                           @Parameter(description = "from 0, default 0") @QueryParam("offset") String offset,
                           @Parameter(description = "1-500, default 100") @QueryParam("limit") String limit) {
        ContactSearch search = ContactRequests.search(type, label, watched, sort, offset, limit);
        return ContactJson.page(list.list(RequestParams.viewer(security),
                ContactOwner.of(CharacterId.parse(characterId)), search), search, names);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add contacts in EVE and here, all with the same standing", description = CHANGE)
    @APIResponse(responseCode = "201", description = "{added: [id]}: the contacts EVE added (ids already in the "
            + "list keep their settings)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"contactIds\": [90000001], \"standing\": 5.0, \"labels\": [1], \"watched\": false}")))
    public Response add(@PathParam("characterId") String characterId, String body) {
        var added = add.add(RequestParams.viewer(security), CharacterId.parse(characterId),
                ContactRequests.change(body));
        return Response.status(Response.Status.CREATED).entity(ContactJson.added(added)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set standing, labels and watch flag of contacts in EVE and here", description = CHANGE)
    @APIResponse(responseCode = "204", description = "Changed in EVE and in the stored list")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"contactIds\": [90000001], \"standing\": -10, \"labels\": [], \"watched\": true}")))
    public void edit(@PathParam("characterId") String characterId, String body) {
        edit.edit(RequestParams.viewer(security), CharacterId.parse(characterId), ContactRequests.change(body));
    }

    @DELETE
    @Operation(summary = "Delete contacts in EVE and here")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("characterId") String characterId,
                       @Parameter(description = "1-20 contact ids, comma-separated", required = true)
                       @QueryParam("contactIds") String contactIds) {
        delete.delete(RequestParams.viewer(security), CharacterId.parse(characterId),
                ContactRequests.removal(contactIds));
    }
}
