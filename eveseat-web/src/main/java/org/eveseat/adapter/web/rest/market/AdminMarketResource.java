package org.eveseat.adapter.web.rest.market;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import org.eveseat.domain.market.port.in.ChangeMarketRegionsUseCase;
import org.eveseat.domain.shared.RegionId;

/** Admins choose the regions whose public order books are kept. */
@Path("v1/admin/market")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operating the server")
@APIResponse(responseCode = "400", description = "Malformed body, no region or too many (problem+json)")
@APIResponse(responseCode = "403", description = "Not an admin (problem+json)")
public class AdminMarketResource {
    @Inject
    ChangeMarketRegionsUseCase regions;

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
}
