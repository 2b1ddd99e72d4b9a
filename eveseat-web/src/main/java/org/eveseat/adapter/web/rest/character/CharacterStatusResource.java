package org.eveseat.adapter.web.rest.character;

import java.util.stream.Stream;

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
import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.character.model.CharacterStatus;
import org.eveseat.domain.character.port.in.CharacterStatusQuery;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** A character at a glance for the overview: corporation, location, ship, online state, skill points, last sync. */
@Path("v1/characters/{characterId}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Characters", description = "A linked character's current state")
public class CharacterStatusResource {
    @Inject
    CharacterStatusQuery statuses;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Where the character is, what they fly, whether they are online and their skill points",
            description = "Read from ESI within its cache times (location and ship 5 s, online and skills 60 s). "
                    + "Each part is `ok` with its value, `notGranted` with the scope to grant, or `unavailable` "
                    + "with the reason (ESI failing, the token revoked); one part failing never fails the answer.")
    @APIResponse(responseCode = "200", description = "{characterId, corporationId, corporationName, allianceId, "
            + "allianceName, location, ship, online, skillPoints, lastSync}")
    @APIResponse(responseCode = "400", description = "Malformed id (problem+json)")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    @APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
    public JsonObject status(@PathParam("characterId") String characterId) {
        CharacterStatus status = statuses.status(RequestParams.viewer(security), CharacterId.parse(characterId));
        return CharacterStatusJson.of(status, names.resolve(NamesJson.ids(
                Stream.of(id(status.corporationId()), id(status.allianceId())))));
    }

    static Long id(CorporationId id) {
        return id == null ? null : id.value();
    }

    static Long id(AllianceId id) {
        return id == null ? null : id.value();
    }
}
