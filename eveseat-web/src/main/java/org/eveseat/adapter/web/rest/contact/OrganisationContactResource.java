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
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;

/**
 * A corporation's or alliance's contacts and labels, read-only (ESI has no edits for them), for accounts with a
 * character in the corporation (or in a corporation of the alliance) and for admins; others get 404.
 */
@Path("v1/{kind: corporations|alliances}/{ownerId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such corporation or alliance for this caller (problem+json)")
public class OrganisationContactResource {
    @Inject
    ListContactsQuery list;
    @Inject
    ResolveNamesQuery names;
    @Inject
    ContactLabelsQuery labels;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List a corporation's or alliance's stored contacts, filtered, sorted and paged",
            description = "Parameters as for a character's contacts; blocked is always null, and so is watched for "
                    + "an alliance.")
    @APIResponse(responseCode = "200", description = "{contacts: [...], total, offset, limit}")
    public JsonObject list(@PathParam("kind") String kind, @PathParam("ownerId") String ownerId,
                           @QueryParam("type") String type,
                           @QueryParam("label") String label, @QueryParam("watched") String watched,
                           @Parameter(description = "contactId (default), standing or -standing")
                           @QueryParam("sort") String sort, @QueryParam("offset") String offset,
                           @QueryParam("limit") String limit) {
        ContactSearch search = ContactRequests.search(type, label, watched, sort, offset, limit);
        return ContactJson.page(list.list(RequestParams.viewer(security), owner(kind, ownerId), search), search, names);
    }

    @GET
    @Path("labels")
    @Operation(summary = "List a corporation's or alliance's contact labels")
    @APIResponse(responseCode = "200", description = "{labels: [{labelId, name}]}")
    public JsonObject labels(@PathParam("kind") String kind, @PathParam("ownerId") String ownerId) {
        return ContactJson.labels(labels.labels(RequestParams.viewer(security), owner(kind, ownerId)));
    }

    private static ContactOwner owner(String kind, String ownerId) {
        long id = RequestParams.id(ownerId, "corporation or alliance id");
        return kind.equals("alliances") ? ContactOwner.of(new AllianceId(id)) : ContactOwner.of(new CorporationId(id));
    }
}
