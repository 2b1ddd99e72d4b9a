package org.eveseat.adapter.web.rest.character;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.character.model.PilotWhereabouts;
import org.eveseat.domain.character.port.in.PilotLocationsQuery;

/** Where the caller's own characters are, for the star map's character layer. */
@Path("v1/characters/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Characters", description = "A linked character's current state")
public class PilotLocationsResource {
    @Inject
    PilotLocationsQuery pilots;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Where each of the caller's own characters is now",
            description = "Only the characters of the caller's account (admins too), by name. Each location is read "
                    + "from ESI within its 5 s cache time and is `ok` with the system (name, security, region) and "
                    + "the station or structure, `notGranted` with the scope to grant, or `unavailable` with the "
                    + "reason.")
    @APIResponse(responseCode = "200", description = "{characters: [{characterId, name, location}]}")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    public JsonObject locations() {
        JsonArrayBuilder characters = JSON.createArrayBuilder();
        for (PilotWhereabouts pilot : pilots.locations(RequestParams.viewer(security))) {
            characters.add(JSON.createObjectBuilder()
                    .add("characterId", pilot.characterId().value())
                    .add("name", pilot.name())
                    .add("location", CharacterStatusJson.location(pilot.location())));
        }
        return JSON.createObjectBuilder().add("characters", characters).build();
    }
}
