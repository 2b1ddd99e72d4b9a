package org.eveseat.adapter.web.rest.market;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;

/** What is worth hauling between the five trade hubs, from the stored order books (public market data). */
@Path("v1/market/trade-routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "400", description = "Malformed parameter, or a station that is no hub (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class TradeRouteResource {
    @Inject
    TradeRoutesQuery routes;

    @GET
    @Operation(summary = "Find trade routes between the hubs", description = "For every type sold at `from` and "
            + "wanted at `to`: bought along the sell orders at `from`, sold into the buy orders at `to` "
            + "(mode=immediate: sales tax) or listed one cent under its cheapest sell order (mode=order: broker "
            + "fee and sales tax), as long as a unit still earns; the hold is filled within `cargo` (m3; packaged "
            + "volumes for ships) and `isk`, best earners first. Jumps by the route planner (secure by default).")
    @APIResponse(responseCode = "200", description = "{mode, fees: {brokerFeePercent, salesTaxPercent, "
            + "source: typed|default}, routes: "
            + "[{fromStationId, fromStationName, toStationId, toStationName, jumps, items: [{typeId, typeName, "
            + "quantity, buyPrice, sellPrice, profit, profitPerUnit, volumeM3, profitPerM3}], profit, iskPerJump, "
            + "profitPerM3, cargoUsed, iskNeeded}]}")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "hub station id; every hub when absent")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "hub station id; every other hub when absent")
    @Parameter(name = "cargo", in = ParameterIn.QUERY, description = "cargo capacity in m3; unlimited when absent")
    @Parameter(name = "isk", in = ParameterIn.QUERY, description = "ISK to spend; unlimited when absent")
    @Parameter(name = "minProfit", in = ParameterIn.QUERY, description = "least profit of a route, default 0")
    @Parameter(name = "maxJumps", in = ParameterIn.QUERY, description = "longest route in jumps")
    @Parameter(name = "mode", in = ParameterIn.QUERY, description = "immediate (default) or order")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "profit (default), iskPerJump or profitPerM3")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "most routes, 1-100, default 20")
    @Parameter(name = "maxItems", in = ParameterIn.QUERY, description = "most types per route, 1-1000, default 100")
    @Parameter(name = "flag", in = ParameterIn.QUERY, description = "secure (default), shortest or insecure")
    @Parameter(name = "brokerFeePercent", in = ParameterIn.QUERY, description = "broker fee in percent; "
            + "default an untrained pilot's at an NPC station with no standings, as the profit calculator counts it")
    @Parameter(name = "salesTaxPercent", in = ParameterIn.QUERY, description = "sales tax in percent; "
            + "default an untrained pilot's (CCP's base rate), as the profit calculator counts it")
    public JsonObject routes(@BeanParam TradeRouteParams params) {
        TradeRouteSearch search = params.search();
        return TradeRouteJson.routes(routes.routes(search), search.fees(), params.feesTyped(),
                TradeRouteParams.camel(search.mode().name()));
    }
}
