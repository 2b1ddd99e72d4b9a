package org.eveseat.adapter.web.rest.contact;

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
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.shared.CharacterId;

/** The labels of a character's contacts, to name the label ids of each contact. */
@Path("v1/characters/{characterId}/contacts/labels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactLabelResource {
    @Inject
    ContactLabelsQuery labels;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List contact labels (as of the last sync)")
    @APIResponse(responseCode = "200", description = "{labels: [{labelId, name}]}")
    @APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
    public JsonObject labels(@PathParam("characterId") String characterId) {
        return ContactJson.labels(labels.labels(RequestParams.viewer(security),
                ContactOwner.of(CharacterId.parse(characterId))));
    }
}
