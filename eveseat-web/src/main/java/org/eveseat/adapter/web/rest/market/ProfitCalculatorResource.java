package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.market.port.in.ProfitCalculatorQuery;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * What a trade earns after fees and tax, priced from the stored books; with {@code characterId} (one of the
 * caller's) the fees follow that pilot's skills and standings. A POST because it takes a body; it stores nothing.
 */
@Path("v1/market/calculator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "400", description = "Malformed body (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class ProfitCalculatorResource {
    @Inject
    ProfitCalculatorQuery calculator;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Profit of buying at one station and selling at another", description = "Body: {typeId, "
            + "buyStationId, sellStationId, quantity, characterId?, buyAs: order|immediate (default immediate), "
            + "sellAs: order|immediate (default order), brokerFeePercent?, salesTaxPercent?}. Buying at once takes "
            + "the cheapest sell order, by order matches the best buy order; selling the other way round. Rates: "
            + "typed, else the character's (skills and standings with each station's owner), else untrained.")
    @APIResponse(responseCode = "200", description = "{typeId, typeName, buyStationId, buyStationName, "
            + "sellStationId, sellStationName, quantity, buyPrice, sellPrice, brokerFee, salesTax, profitPerUnit, "
            + "margin, profit, profitPerM3, dailyVolume, profitPerDay, taxes: {brokerFeePercent, "
            + "buyBrokerFeePercent, salesTaxPercent, relistFeePercent, source: character|typed|default}}")
    @APIResponse(responseCode = "404", description = "Unknown type or station, or not the caller's character "
            + "(problem+json)")
    @APIResponse(responseCode = "409", description = "No order on a side to price it by (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"typeId\": 34, \"buyStationId\": 60003760, \"sellStationId\": 60008494, \"quantity\": 1000, "
                    + "\"buyAs\": \"immediate\", \"sellAs\": \"order\"}")))
    public JsonObject calculate(String body) {
        ProfitCalculationCommand command = ProfitRequests.calculation(body);
        ProfitCalculation result = calculator.calculate(RequestParams.viewer(security), command);
        EntityNames resolved = names.resolve(Set.of(command.typeId().value(), command.buyStationId(),
                command.sellStationId()));
        JsonObjectBuilder places = JSON.createObjectBuilder().add("typeId", command.typeId().value());
        NamesJson.name(places, "typeName", resolved, command.typeId().value())
                .add("buyStationId", command.buyStationId());
        NamesJson.name(places, "buyStationName", resolved, command.buyStationId())
                .add("sellStationId", command.sellStationId());
        NamesJson.name(places, "sellStationName", resolved, command.sellStationId());
        return MarketPricingJson.calculation(result, command.quantity(), places);
    }
}
