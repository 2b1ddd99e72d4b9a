package org.eveseat.adapter.esi.marketorders;

import static org.eveseat.domain.market.model.MarketScopes.READ_CHARACTER_ORDERS;
import static org.eveseat.domain.market.model.MarketScopes.READ_CORPORATION_ORDERS;
import static org.eveseat.domain.market.model.MarketScopes.STRUCTURE_MARKETS;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/**
 * ESI routes of own market orders and of the market catalogue (spec 2026-08-04). Responses stay raw so the
 * caller can read the cache headers.
 */
public interface EsiMarketOrdersClient {
    @GET
    @Path("/characters/{character_id}/orders")
    @EsiScope(READ_CHARACTER_ORDERS)
    Response characterOrders(@PathParam("character_id") long characterId,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/orders/history")
    @EsiScope(READ_CHARACTER_ORDERS)
    Response characterOrderHistory(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                                   @HeaderParam("Authorization") String authorization,
                                   @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/orders")
    @EsiScope(READ_CORPORATION_ORDERS)
    Response corporationOrders(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                               @HeaderParam("Authorization") String authorization,
                               @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/markets/groups")
    Response groups(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/markets/{region_id}/types")
    Response regionTypes(@PathParam("region_id") long regionId, @QueryParam("page") int page,
                         @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/markets/structures/{structure_id}")
    @EsiScope(STRUCTURE_MARKETS)
    Response structureOrders(@PathParam("structure_id") long structureId, @QueryParam("page") int page,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("If-None-Match") String etag);
}
