package org.eveseat.adapter.web.rest.market;

import java.util.List;

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
import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.market.port.in.OwnOrdersQuery;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * A corporation's market orders, for callers with a character that is Director, Accountant or Trader there (roles
 * as last synced from ESI) and for admins; anyone else gets 404 as if the corporation did not exist.
 */
@Path("v1/corporations/{corporationId}/market/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market orders", description = "The market orders of characters and corporations, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id or state (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such corporation for this caller (problem+json)")
public class CorporationMarketOrderResource {
    @Inject
    OwnOrdersQuery orders;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;
    @PathParam("corporationId")
    String corporationId;
    /** open (default) or history (orders seen open here that have closed since) */
    @QueryParam("state")
    String state;

    @GET
    @Operation(summary = "The corporation's open orders with their position in the book, or its closed ones",
            description = "As a character's, with who issued each order and from which wallet division.")
    @APIResponse(responseCode = "200", description = "[{orderId, typeId, typeName, buyOrder, price, ..., issuedBy, "
            + "issuedByName, walletDivision, position}]")
    public JsonArray list() {
        List<OwnOrderView> views = orders.corporationOrders(RequestParams.viewer(security),
                new CorporationId(RequestParams.id(corporationId, "corporation id")), OwnOrderJson.open(state));
        return OwnOrderJson.orders(views, names.resolve(NamesJson.ids(views.stream()
                .map(view -> view.order().issuedBy() == null ? null : view.order().issuedBy().value()))));
    }
}
