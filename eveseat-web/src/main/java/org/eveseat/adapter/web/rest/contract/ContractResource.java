package org.eveseat.adapter.web.rest.contract;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.contract.model.ContractCursor;
import org.eveseat.domain.contract.model.ContractFilter;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractSort;
import org.eveseat.domain.contract.port.in.ContractBidsQuery;
import org.eveseat.domain.contract.port.in.ContractDetailsQuery;
import org.eveseat.domain.contract.port.in.ContractItemsQuery;
import org.eveseat.domain.contract.port.in.ListContractsQuery;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * The contracts of one character or corporation, as the last sync stored them: a filtered, sorted, keyset-paged
 * listing, one contract (with the route of a courier contract), its items and its bids. A character the caller
 * neither owns nor administers answers 404 like one that does not exist; a corporation's are for members holding
 * Director or Contract Manager there (and admins). One class serves both (the path's {@code kind}), because the
 * OpenAPI document leaves out methods a resource inherits.
 */
@Path("v1/{kind: characters|corporations}/{ownerId}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contracts of a character or corporation, synced from ESI, and the public "
        + "contracts")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character or contract for this caller (problem+json)")
public class ContractResource {
    @Inject
    ListContractsQuery list;
    @Inject
    ContractDetailsQuery details;
    @Inject
    ContractItemsQuery items;
    @Inject
    ContractBidsQuery bids;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    private static ContractOwner owner(String kind, String ownerId) {
        return kind.equals("corporations")
                ? ContractOwner.of(new CorporationId(RequestParams.id(ownerId, "corporationId")))
                : ContractOwner.of(CharacterId.parse(ownerId));
    }

    @GET
    @Operation(summary = "List stored contracts, keyset-paged",
            description = "Filters combine. Pass the `next` cursor of a page as `after` with the same `sort` to get "
                    + "the next page; `next` is null on the last page.")
    @APIResponse(responseCode = "200", description = "{contracts: [contract], next: cursor or null}")
    public JsonObject list(@Parameter(description = "characters or corporations", required = true)
                           @PathParam("kind") String kind,
                           @PathParam("ownerId") String ownerId,
                           @Parameter(description = "item_exchange, auction, courier, loan or unknown")
                           @QueryParam("type") String type,
                           @Parameter(description = "as ESI spells it, e.g. outstanding, in_progress, finished")
                           @QueryParam("status") String status,
                           @Parameter(description = "issuer character id") @QueryParam("issuer") String issuer,
                           @Parameter(description = "assignee id") @QueryParam("assignee") String assignee,
                           @Parameter(description = "start or end location id") @QueryParam("location") String location,
                           @Parameter(description = "lowest price, ISK") @QueryParam("minPrice") String minPrice,
                           @Parameter(description = "highest price, ISK") @QueryParam("maxPrice") String maxPrice,
                           @Parameter(description = "ISO-8601 duration, e.g. P2D: expiring between now and then")
                           @QueryParam("expiringWithin") String expiringWithin,
                           @Parameter(description = "issued, expires or price; prefix '-' for descending; default "
                                   + "-issued") @QueryParam("sort") String sort,
                           @Parameter(description = "cursor from the previous page") @QueryParam("after") String after,
                           @Parameter(description = "1-100, default 50") @QueryParam("limit") String limit) {
        ContractFilter filter = new ContractFilter(ContractParams.type(type), ContractParams.status(status),
                RequestParams.optionalId(issuer, "issuer"), RequestParams.optionalId(assignee, "assignee"),
                RequestParams.optionalId(location, "location"),
                ContractParams.price(RequestParams.decimal(minPrice, "minPrice"),
                        RequestParams.decimal(maxPrice, "maxPrice")),
                ContractParams.duration(expiringWithin, "expiringWithin"));
        ContractSearch search = new ContractSearch(filter, ContractSort.parse(sort),
                after == null ? null : ContractCursor.parse(after),
                RequestParams.limit(limit, ContractSearch.DEFAULT_LIMIT));
        return ContractJson.page(list.list(RequestParams.viewer(security), owner(kind, ownerId), search), names);
    }

    @GET
    @Path("{contractId}")
    @Operation(summary = "One stored contract", description = "A courier contract has a `route`: the solar "
            + "systems of its start and end (null for a player structure) and the stargate jumps between them.")
    @APIResponse(responseCode = "200", description = "The contract; route is null unless it is a courier contract")
    public JsonObject contract(@PathParam("kind") String kind, @PathParam("ownerId") String ownerId,
                               @PathParam("contractId") String contractId) {
        return ContractJson.details(details.details(RequestParams.viewer(security), owner(kind, ownerId),
                RequestParams.id(contractId, "contract id")), names);
    }

    @GET
    @Path("{contractId}/items")
    @Operation(summary = "The items of a stored contract", description = "Empty until a sync fetched them.")
    @APIResponse(responseCode = "200", description = "{items: [item]}; included false: the issuer asks for it")
    public JsonObject items(@PathParam("kind") String kind, @PathParam("ownerId") String ownerId,
                            @PathParam("contractId") String contractId) {
        return ContractJson.items(items.items(RequestParams.viewer(security), owner(kind, ownerId),
                RequestParams.id(contractId, "contract id")), names);
    }

    @GET
    @Path("{contractId}/bids")
    @Operation(summary = "The bids on a stored auction, newest first")
    @APIResponse(responseCode = "200", description = "{bids: [bid]}; empty for other contract types")
    public JsonObject bids(@PathParam("kind") String kind, @PathParam("ownerId") String ownerId,
                           @PathParam("contractId") String contractId) {
        return ContractJson.bids(bids.bids(RequestParams.viewer(security), owner(kind, ownerId),
                RequestParams.id(contractId, "contract id")), names);
    }
}
