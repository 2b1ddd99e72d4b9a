package org.eveseat.adapter.web.rest.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.shared.CorporationId;

/**
 * A corporation's contacts and labels, read-only (ESI has no corporation edits), for accounts with a character
 * in the corporation and for admins; others get 404.
 */
@Path("v1/corporations/{corporationId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such corporation for this caller (problem+json)")
public class CorporationContactResource {
    @Inject
    ListContactsQuery list;
    @Inject
    ContactLabelsQuery labels;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List the corporation's stored contacts, filtered, sorted and paged",
            description = "Parameters as for a character's contacts; blocked is always null.")
    @APIResponse(responseCode = "200", description = "{contacts: [...], total, offset, limit}")
    public JsonObject list(@PathParam("corporationId") String corporationId, @QueryParam("type") String type,
                           @QueryParam("label") String label, @QueryParam("watched") String watched,
                           @Parameter(description = "contactId (default), standing or -standing")
                           @QueryParam("sort") String sort, @QueryParam("offset") String offset,
                           @QueryParam("limit") String limit) {
        ContactSearch search = ContactRequests.search(type, label, watched, sort, offset, limit);
        return ContactJson.page(list.list(RequestParams.viewer(security), owner(corporationId), search), search);
    }

    @GET
    @Path("labels")
    @Operation(summary = "List the corporation's contact labels")
    @APIResponse(responseCode = "200", description = "{labels: [{labelId, name}]}")
    public JsonObject labels(@PathParam("corporationId") String corporationId) {
        return ContactJson.labels(labels.labels(RequestParams.viewer(security), owner(corporationId)));
    }

    private static ContactOwner owner(String corporationId) {
        return ContactOwner.of(new CorporationId(RequestParams.id(corporationId, "corporation id")));
    }
}
