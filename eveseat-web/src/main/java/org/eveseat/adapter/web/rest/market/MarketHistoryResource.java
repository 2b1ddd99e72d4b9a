package org.eveseat.adapter.web.rest.market;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.port.in.MarketHistoryQuery;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** A type's daily price history in a region (public market data). */
@Path("v1/market/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Order books, prices and trade between the hubs")
@APIResponse(responseCode = "400", description = "Malformed parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class MarketHistoryResource {
    @Inject
    MarketHistoryQuery histories;
    @Inject
    ResolveNamesQuery names;

    @GET
    @Operation(summary = "Daily price history of a type in a region", description = "ESI's daily rows (about 400 "
            + "days, oldest first), stored and served from storage until ESI's copy expires (`expiresAt`).")
    @APIResponse(responseCode = "200", description = "{typeId, typeName, regionId, regionName, expiresAt, days: "
            + "[{date, average, highest, lowest, volume, orderCount}]}")
    @APIResponse(responseCode = "404", description = "Unknown type or region (problem+json)")
    @APIResponse(responseCode = "503", description = "ESI unreachable and nothing stored yet (problem+json)")
    @Parameter(name = "typeId", in = ParameterIn.QUERY, required = true, description = "the type")
    @Parameter(name = "regionId", in = ParameterIn.QUERY, required = true, description = "the region")
    public JsonObject history(@QueryParam("typeId") String typeId, @QueryParam("regionId") String regionId) {
        long type = RequestParams.id(typeId, "typeId");
        long region = RequestParams.id(regionId, "regionId");
        MarketHistory history = histories.history(new RegionId(region), new TypeId(type));
        return MarketPricingJson.history(history, names.resolve(Set.of(type, region)));
    }
}
