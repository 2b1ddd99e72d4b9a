package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.MarketPricePage;
import org.eveseat.domain.market.port.in.MarketPriceListQuery;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** CCP's universe-wide average and adjusted prices, as last synced (public market data). */
@Path("v1/market/prices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "400", description = "Malformed parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class MarketPriceResource {
    @Inject
    MarketPricesQuery prices;
    @Inject
    MarketPriceListQuery list;
    @Inject
    ResolveNamesQuery names;

    @GET
    @Operation(summary = "CCP's average and adjusted price of a type, or of all types by pages",
            description = "With `typeId`: that type's prices. Without: every stored price by type id, 1,000 a page.")
    @APIResponse(responseCode = "200", description = "{typeId, typeName, averagePrice, adjustedPrice} or {page, "
            + "pageSize, total, prices: [same]}")
    @APIResponse(responseCode = "404", description = "No price known for the type (problem+json)")
    @Parameter(name = "typeId", in = ParameterIn.QUERY, description = "one type")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page of all prices, from 1 (default 1)")
    public JsonObject prices(@QueryParam("typeId") String typeId, @QueryParam("page") String page) {
        Long type = RequestParams.optionalId(typeId, "typeId");
        if (type != null) {
            MarketPrice price = prices.price(new TypeId(type)).orElseThrow(() ->
                    new NotFoundException("no price known for type " + type));
            return MarketPricingJson.price(price, names.resolve(Set.of(type)));
        }
        Long number = RequestParams.optionalId(page, "page");
        MarketPricePage found = list.page(number == null ? 1 : (int) Math.min(number, Integer.MAX_VALUE));
        var resolved = names.resolve(NamesJson.ids(found.prices().stream().map(p -> p.typeId().value())));
        JsonArrayBuilder all = JSON.createArrayBuilder();
        found.prices().forEach(price -> all.add(MarketPricingJson.price(price, resolved)));
        return JSON.createObjectBuilder().add("page", found.page()).add("pageSize", found.pageSize())
                .add("total", found.total()).add("prices", all).build();
    }
}
