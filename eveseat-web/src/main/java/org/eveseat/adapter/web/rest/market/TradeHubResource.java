package org.eveseat.adapter.web.rest.market;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The five trade hubs, for pickers of a station to trade at. */
@Path("v1/market/hubs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class TradeHubResource {
    @GET
    @Operation(summary = "The five trade hubs", description = "Jita, Amarr, Dodixie, Rens and Hek: station, system "
            + "and region of each.")
    @APIResponse(responseCode = "200", description = "[{stationId, stationName, systemId, systemName, regionId, "
            + "regionName}]")
    public JsonArray hubs() {
        return MarketPricingJson.hubs();
    }
}
