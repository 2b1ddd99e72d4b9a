package org.eveseat.adapter.web.rest.market;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.in.MarketRegionsQuery;
import org.eveseat.domain.market.port.in.OrderBookQuery;
import org.eveseat.domain.market.port.in.OrderChangesQuery;
import org.eveseat.domain.market.port.in.ResolveBookScopeQuery;
import org.eveseat.domain.market.port.in.StructureMarketsQuery;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** The stored region order books: one type's book at a station, in a system or a region, its changes, the regions. */
@Path("v1/market")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market", description = "Public market data: order books, prices, history, trade routes")
@APIResponse(responseCode = "400", description = "Malformed or missing id, depth or limit (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class MarketBookResource {
    @Inject
    ResolveBookScopeQuery scopes;
    @Inject
    OrderBookQuery books;
    @Inject
    OrderChangesQuery changes;
    @Inject
    MarketRegionsQuery regions;
    @Inject
    ResolveNamesQuery names;
    @Inject
    StructureMarketsQuery structures;

    @GET
    @Path("book")
    @Operation(summary = "One type's order book", description = "From the region's current snapshot: at a station "
            + "(`stationId`), in a system (`systemId`) or in the whole region (`regionId`); the region follows from "
            + "a system or a station. `summary` covers every order in the place: best bid and ask, spread (ISK and "
            + "percent of the best ask), volume on each side and within 5% of the best price; `sells` (cheapest "
            + "first) and `buys` (dearest first) list the first `depth` orders (20, at most 1000).")
    @APIResponse(responseCode = "200", description = "{typeId, typeName, regionId, regionName, fetchedAt, expiresAt, "
            + "summary, sells, buys}")
    @APIResponse(responseCode = "404", description = "Unknown type, region, system or station, or no book stored yet "
            + "(problem+json)")
    @Parameter(name = "typeId", in = ParameterIn.QUERY, required = true, description = "type id")
    @Parameter(name = "regionId", in = ParameterIn.QUERY, description = "region id")
    @Parameter(name = "systemId", in = ParameterIn.QUERY, description = "solar system id")
    @Parameter(name = "stationId", in = ParameterIn.QUERY, description = "station id, or a kept player structure's")
    @Parameter(name = "depth", in = ParameterIn.QUERY, description = "orders listed per side (20)")
    public JsonObject book(@QueryParam("typeId") String typeId, @QueryParam("regionId") String regionId,
                           @QueryParam("systemId") String systemId, @QueryParam("stationId") String stationId,
                           @QueryParam("depth") String depth) {
        TypeId type = new TypeId(RequestParams.id(typeId, "typeId"));
        var scope = scopes.scope(RequestParams.optionalId(regionId, "regionId"),
                RequestParams.optionalId(systemId, "systemId"), RequestParams.optionalId(stationId, "stationId"));
        Long asked = RequestParams.optionalId(depth, "depth");
        // beyond the most the query takes, it refuses the depth and names the bounds
        int levels = asked == null ? 20 : (int) Math.min(asked, OrderBookQuery.MAX_DEPTH + 1L);
        OrderBook book = books.book(type, scope, levels);
        return MarketBookJson.book(book, names.resolve(NamesJson.ids(MarketBookJson.unnamedStations(book))));
    }

    @GET
    @Path("changes")
    @Operation(summary = "How a type's book in a region moved", description = "Orders that appeared (NEW), changed "
            + "price (PRICE) or left the book (GONE) between two snapshots, newest first, after `after` (an "
            + "ISO-8601 instant or a date), at most `limit` (50, at most 500). Kept for a day.")
    @APIResponse(responseCode = "200", description = "[{orderId, kind, buyOrder, oldPrice, newPrice, volumeRemain, "
            + "stationId, stationName, seenAt}]")
    @APIResponse(responseCode = "404", description = "Unknown type or region (problem+json)")
    @Parameter(name = "typeId", in = ParameterIn.QUERY, required = true, description = "type id")
    @Parameter(name = "regionId", in = ParameterIn.QUERY, required = true, description = "region id")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "only changes seen after this instant")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "at most this many (50)")
    public JsonArray changes(@QueryParam("typeId") String typeId, @QueryParam("regionId") String regionId,
                             @QueryParam("after") String after, @QueryParam("limit") String limit) {
        List<OrderChange> found = changes.changes(new TypeId(RequestParams.id(typeId, "typeId")),
                new RegionId(RequestParams.id(regionId, "regionId")), RequestParams.instant(after, "after"),
                RequestParams.limit(limit, 50, 500));
        return MarketBookJson.changes(found, names.resolve(NamesJson.ids(found.stream().map(OrderChange::locationId))));
    }

    @GET
    @Path("regions")
    @Operation(summary = "The regions whose order books are kept", description = "With each region's current "
            + "snapshot (null until the first is stored).")
    @APIResponse(responseCode = "200", description = "[{regionId, regionName, snapshot: {fetchedAt, expiresAt, "
            + "orderCount}}]")
    public JsonArray regions() {
        return MarketBookJson.regions(regions.regions());
    }

    @GET
    @Path("structures")
    @Operation(summary = "The player structures whose markets are kept", description = "Those read at least once, "
            + "with name and place; their books are read with `stationId` set to the structure (its own orders "
            + "and the region book's orders there).")
    @APIResponse(responseCode = "200", description = "[{structureId, structureName, systemId, systemName, regionId, "
            + "regionName, fetchedAt, expiresAt, orderCount}]")
    public JsonArray structures() {
        List<StructureMarket> kept = structures.structures();
        return StructureMarketJson.places(kept, names.resolve(StructureMarketJson.placeIds(kept)));
    }
}
