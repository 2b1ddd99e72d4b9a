package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.RateLimitGroup;
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
        routes.addAll(owned("/characters/{character_id}", ContractRoutes::character,
                request -> request.character().contracts(), false));
        routes.addAll(owned("/corporations/{corporation_id}", ContractRoutes::corporation,
                request -> request.corporation().contracts(), true));
        routes.addAll(List.of(
                EsiRoute.get("/contracts/public/{region_id}").cacheSeconds(1800)
                        .pages(request -> request.publicData().publicContracts(request.longParam("region_id")),
                                contract -> Json.without(contract, "acceptor_id", "assignee_id", "availability",
                                        "status", "date_accepted", "date_completed", "items", "bids")),
                EsiRoute.get("/contracts/public/items/{contract_id}").cacheSeconds(3600)
                        .pagesOf(request -> ifOpen(request, contract -> contract.items().stream()
                                .map(item -> Json.without(item, "is_singleton", "raw_quantity")).toList())),
                EsiRoute.get("/contracts/public/bids/{contract_id}").cacheSeconds(300)
                        .pagesOf(request -> ifOpen(request, contract -> contract.bids().stream()
                                .map(bid -> Json.without(bid, "bidder_id")).toList()))));
        return routes;
    }

    /** The contracts of a character or corporation, their items and their bids (paginated for corporations). */
    private static List<EsiRoute> owned(String owner, Function<String, EsiRoute> route,
                                        Function<EsiRequest, RecordList<Contract>> contracts, boolean pagedBids) {
        EsiRoute bids = route.apply(owner + "/contracts/{contract_id}/bids").cacheSeconds(pagedBids ? 3600 : 300);
        return List.of(
                route.apply(owner + "/contracts").cacheSeconds(300)
                        .pages(contracts, contract -> Json.without(contract, "items", "bids")),
                route.apply(owner + "/contracts/{contract_id}/items").cacheSeconds(3600)
                        .answer(request -> find(contracts, request).items().stream()
                                .map(item -> Json.without(item, PRIVATE_ITEM_ONLY)).toList()),
                pagedBids ? bids.pagesOf(request -> find(contracts, request).bids())
                        : bids.answer(request -> find(contracts, request).bids()));
    }

    private static EsiRoute character(String path) {
        return EsiRoute.get(path).scope(Scopes.READ_CHARACTER_CONTRACTS).group(RateLimitGroup.CHAR_CONTRACT);
    }

    private static EsiRoute corporation(String path) {
        return EsiRoute.get(path).scope(Scopes.READ_CORPORATION_CONTRACTS).group(RateLimitGroup.CORP_CONTRACT);
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
