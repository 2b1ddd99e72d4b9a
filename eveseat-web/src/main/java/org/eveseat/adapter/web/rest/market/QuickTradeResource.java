package org.eveseat.adapter.web.rest.market;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.market.port.in.QuickTradeQuery;

/** A pasted item list priced at the five hubs from their stored books. It stores nothing. */
@Path("v1/market/quick-trade")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "400", description = "Malformed body or more than 500 lines (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class QuickTradeResource {
    @Inject
    QuickTradeQuery quickTrade;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Price a list pasted from EVE at every hub", description = "Body: {text}: multibuy lines "
            + "(\"Tritanium 1000\", \"Tritanium x1,000\", \"1000 Tritanium\") or inventory rows copied with their "
            + "columns (tab separated). Each hub's total buying from its sell orders and selling into its buy "
            + "orders, best price first; `missing` is what its sell orders cannot supply, `unsold` what its buy "
            + "orders do not take. Lines whose name is no published type come back in `unknown`.")
    @APIResponse(responseCode = "200", description = "{lines: [{typeId, typeName, quantity}], unknown: [line], "
            + "hubs: [{stationId, stationName, systemId, systemName, regionId, regionName, buyTotal, sellTotal, "
            + "missing: [{typeId, typeName, quantity}], unsold: [same]}]}")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"text\": \"Tritanium 1000\\nPyerite x2,500\"}")))
    public JsonObject quote(String body) {
        return MarketPricingJson.quickTrade(quickTrade.quote(ProfitRequests.text(body)));
    }
}
