package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Contract;
import org.eveseat.fake.ledger.RecordList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Character and corporation contracts with their items and bids, and the public contracts of a region. */
public final class ContractRoutes {

    private static final String[] PRIVATE_ITEM_ONLY = {"item_id", "is_blueprint_copy", "material_efficiency",
            "time_efficiency", "runs"};

    private ContractRoutes() {
    }

    public static List<EsiRoute> routes() {
        List<EsiRoute> routes = new ArrayList<>();
        routes.addAll(owned("/characters/{character_id}", request -> request.character().contracts(), false));
        routes.addAll(owned("/corporations/{corporation_id}", request -> request.corporation().contracts(), true));
        routes.addAll(List.of(
                EsiRoute.of("GET /contracts/public/{region_id}")
                        .pages(request -> request.publicData().publicContracts(request.longParam("region_id")),
                                contract -> Json.without(contract, "acceptor_id", "assignee_id", "availability",
                                        "status", "date_accepted", "date_completed", "items", "bids")),
                EsiRoute.of("GET /contracts/public/items/{contract_id}")
                        .pagesOf(request -> ifOpen(request, contract -> contract.items().stream()
                                .map(item -> Json.without(item, "is_singleton", "raw_quantity")).toList())),
                EsiRoute.of("GET /contracts/public/bids/{contract_id}")
                        .pagesOf(request -> ifOpen(request, contract -> contract.bids().stream()
                                .map(bid -> Json.without(bid, "bidder_id")).toList()))));
        return routes;
    }

    /** The contracts of a character or corporation, their items and their bids (paginated for corporations). */
    private static List<EsiRoute> owned(String owner, Function<EsiRequest, RecordList<Contract>> contracts,
                                        boolean pagedBids) {
        EsiRoute bids = EsiRoute.of("GET " + owner + "/contracts/{contract_id}/bids");
        return List.of(
                EsiRoute.of("GET " + owner + "/contracts")
                        .pages(contracts, contract -> Json.without(contract, "items", "bids")),
                EsiRoute.of("GET " + owner + "/contracts/{contract_id}/items")
                        .answer(request -> find(contracts, request).items().stream()
                                .map(item -> Json.without(item, PRIVATE_ITEM_ONLY)).toList()),
                pagedBids ? bids.pagesOf(request -> find(contracts, request).bids())
                        : bids.answer(request -> find(contracts, request).bids()));
    }

    private static Contract find(Function<EsiRequest, RecordList<Contract>> contracts, EsiRequest request) {
        long contractId = request.longParam("contract_id");
        return contracts.apply(request).find(contract -> contract.contractId() == contractId)
                .orElseThrow(() -> Bodies.notFound("Contract"));
    }

    /** A public contract's items or bids; 204 once it is no longer outstanding, 404 if never listed. */
    private static Object ifOpen(EsiRequest request, Function<Contract, List<?>> answer) {
        long contractId = request.longParam("contract_id");
        Contract contract = request.publicData().findPublicContract(contractId)
                .orElseThrow(() -> Bodies.notFound("Contract"));
        return contract.outstanding() ? answer.apply(contract) : EsiRoute.NO_CONTENT;
    }
}
