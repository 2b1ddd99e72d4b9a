package org.eveseat.adapter.web.rest.market;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.adapter.web.security.AdminOnly;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.market.port.in.ChangeMarketRegionsUseCase;
import org.eveseat.domain.market.port.in.ChangeStructureMarketsUseCase;
import org.eveseat.domain.market.port.in.StructureMarketsQuery;
import org.eveseat.domain.market.port.in.StructureSuggestionsQuery;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** Admins choose the regions whose public order books are kept, and the player structures whose markets are. */
@Path("v1/admin/market")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operating the server")
@APIResponse(responseCode = "400", description = "Malformed body, no region or too many, an id that is not a "
        + "player structure's (problem+json)")
@APIResponse(responseCode = "403", description = "Not an admin (problem+json)")
public class AdminMarketResource {
    @Inject
    ChangeMarketRegionsUseCase regions;
    @Inject
    StructureMarketsQuery structures;
    @Inject
    StructureSuggestionsQuery suggestions;
    @Inject
    ChangeStructureMarketsUseCase changeStructures;
    @Inject
    ResolveNamesQuery names;

    @PUT
    @Path("regions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the regions whose order books are kept", description = "Body: {regionIds} (1 to "
            + "100 region ids). Their books are read every 5 minutes, from the next plan (within a minute); books of "
            + "regions no longer chosen stop being renewed. Answers the regions as GET /market/regions does.")
    @APIResponse(responseCode = "200", description = "[{regionId, regionName, snapshot}]")
    @APIResponse(responseCode = "404", description = "A region the static data does not know (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"regionIds\": [10000002, 10000043]}")))
    public JsonArray change(String body) {
        List<JsonValue> ids = JsonBody.array(JsonBody.object(body), "regionIds");
        return MarketBookJson.regions(regions.change(ids.stream()
                .map(id -> new RegionId(JsonBody.asId(id, "regionIds"))).toList()));
    }

    @GET
    @Path("structures")
    @Operation(summary = "The player structures whose markets are kept", description = "Each with its last read: "
            + "`access` PENDING (not read yet), OK, NO_DOCKING (every character with "
            + "esi-markets.structure_markets.v1 tried was refused: none may dock there), NO_CHARACTER (none has the "
            + "scope) or FAILED (ESI failed; the orders stored before stay), the character it was read through, "
            + "and `detail`. `suggestions` are structures not kept where users of this server have open orders.")
    @APIResponse(responseCode = "200", description = "{structures: [{structureId, structureName, systemId, "
            + "systemName, regionId, regionName, fetchedAt, expiresAt, orderCount, access, viaCharacterId, "
            + "viaCharacterName, detail}], suggestions: [{structureId, regionId, regionName, ownOrders}]}")
    public JsonObject structures() {
        return structureAnswer(structures.structures());
    }

    @PUT
    @Path("structures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the player structures whose markets are kept", description = "Body: "
            + "{structureIds} (0 to 100 ids of player structures, 1,000,000,000,000 and above). Each is read every "
            + "5 minutes through a character of this server that may dock there, from the next plan (within a "
            + "minute); a structure no longer chosen loses its stored orders. Answers as GET does.")
    @APIResponse(responseCode = "200", description = "{structures, suggestions}")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"structureIds\": [1035466617946]}")))
    public JsonObject changeStructures(String body) {
        List<JsonValue> ids = JsonBody.array(JsonBody.object(body), "structureIds");
        return structureAnswer(changeStructures.change(ids.stream().map(id -> JsonBody.asId(id, "structureIds"))
                .toList()));
    }

    private JsonObject structureAnswer(List<StructureMarket> kept) {
        List<StructureSuggestion> suggested = suggestions.suggestions();
        return StructureMarketJson.admin(kept, suggested, names.resolve(StructureMarketJson.adminIds(kept, suggested)));
    }
}
