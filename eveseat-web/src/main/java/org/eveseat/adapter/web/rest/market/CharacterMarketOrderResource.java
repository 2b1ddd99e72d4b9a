package org.eveseat.adapter.web.rest.market;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.port.in.OwnOrdersQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.universe.model.EntityNames;

/** A character's market orders, for its owner and admins; anyone else gets 404 as if it did not exist. */
@Path("v1/characters/{characterId}/market/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market orders", description = "The market orders of characters and corporations, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id or state (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
public class CharacterMarketOrderResource {
    @Inject
    OwnOrdersQuery orders;
    @Context
    SecurityContext security;
    @PathParam("characterId")
    String characterId;
    /** open (default) or history (cancelled and expired orders of the last 90 days) */
    @QueryParam("state")
    String state;

    @GET
    @Operation(summary = "The character's open orders with their position in the book, or its order history",
            description = "An open order's position compares it with the other orders on its side at its "
                    + "station in the stored book: outbid (buy) or undercut (sell), by how much, and its rank.")
    @APIResponse(responseCode = "200", description = "[{orderId, typeId, typeName, buyOrder, price, volumeRemain, "
            + "volumeTotal, locationId, stationName, regionId, regionName, range, issued, expires, state, escrow, "
            + "minVolume, position: {outbid, bestCompetitor, undercutBy, rank, competitors} or null}]")
    public JsonArray list() {
        return OwnOrderJson.orders(orders.characterOrders(RequestParams.viewer(security),
                new CharacterId(RequestParams.id(characterId, "character id")), OwnOrderJson.open(state)),
                EntityNames.none());
    }
}
