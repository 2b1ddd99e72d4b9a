package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketLedger;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Public markets (region and structure order books, history, prices, types, groups) and the market orders of
 * characters and corporations, each answering its own subset of the order fields.
 */
public final class MarketRoutes {

    private static final String[] BOOK = {"duration", "is_buy_order", "issued", "location_id", "min_volume",
            "order_id", "price", "range", "system_id", "type_id", "volume_remain", "volume_total"};
    private static final String[] STRUCTURE_BOOK = {"duration", "is_buy_order", "issued", "location_id",
            "min_volume", "order_id", "price", "range", "type_id", "volume_remain", "volume_total"};
    private static final String[] CHARACTER = {"duration", "escrow", "is_buy_order", "is_corporation", "issued",
            "location_id", "min_volume", "order_id", "price", "range", "region_id", "state", "type_id",
            "volume_remain", "volume_total"};
    private static final String[] CORPORATION = {"duration", "escrow", "is_buy_order", "issued", "issued_by",
            "location_id", "min_volume", "order_id", "price", "range", "region_id", "type_id", "volume_remain",
            "volume_total", "wallet_division"};
    private static final String[] CORPORATION_HISTORY = {"duration", "escrow", "is_buy_order", "issued", "issued_by",
            "location_id", "min_volume", "order_id", "price", "range", "region_id", "state", "type_id",
            "volume_remain", "volume_total", "wallet_division"};

    private MarketRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /markets/{region_id}/orders")
                        .pagesOf(MarketRoutes::regionBook, MarketRoutes::changeRegionBook),
                EsiRoute.of("GET /markets/{region_id}/history")
                        .answer(request -> market(request).history(request.longParam("region_id"),
                                request.requiredQueryLong("type_id")).all()),
                EsiRoute.of("GET /markets/prices")
                        .answer(request -> market(request).prices().all()),
                EsiRoute.of("GET /markets/{region_id}/types")
                        .pages(request -> market(request).regionTypes(request.longParam("region_id")), type -> type),
                EsiRoute.of("GET /markets/structures/{structure_id}")
                        .pages(request -> market(request).structureOrders(LocationRoutes.docked(request)),
                                order -> Json.only(order, STRUCTURE_BOOK)),
                EsiRoute.of("GET /markets/groups")
                        .answer(request -> market(request).groups().all()),
                EsiRoute.of("GET /characters/{character_id}/orders")
                        .answer(request -> request.character().orders().all().stream()
                                .map(order -> Json.only(order, CHARACTER)).toList()),
                EsiRoute.of("GET /characters/{character_id}/orders/history")
                        .pages(request -> request.character().orderHistory(), order -> Json.only(order, CHARACTER)),
                EsiRoute.of("GET /corporations/{corporation_id}/orders")
                        .pages(request -> request.corporation().orders(), order -> Json.only(order, CORPORATION)),
                EsiRoute.of("GET /corporations/{corporation_id}/orders/history")
                        .pages(request -> request.corporation().orderHistory(),
                                order -> Json.only(order, CORPORATION_HISTORY)));
    }

    private static MarketLedger market(EsiRequest request) {
        return request.publicData().market();
    }

    /** The region's orders of the {@code order_type} (required: buy, sell or all) and the optional {@code type_id}. */
    private static List<?> regionBook(EsiRequest request) {
        long regionId = request.longParam("region_id");
        String orderType = request.requiredQuery("order_type");
        if (!Set.of("buy", "sell", "all").contains(orderType)) {
            throw HttpError.invalid("query.order_type", "expected buy, sell or all", orderType);
        }
        Optional<Long> typeId = request.queryLong("type_id");
        Optional<GeneratedBook> generated = market(request).generatedBook(regionId);
        if (generated.isPresent()) {
            return generated.get().view(orderType, typeId.orElse(null));
        }
        return market(request).regionOrders(regionId).all().stream()
                .filter(order -> orderType.equals("all") || orderType.equals("buy") == order.isBuyOrder())
                .filter(order -> typeId.map(type -> type == order.typeId()).orElse(true))
                .map(order -> Json.only(order, BOOK)).toList();
    }

    /** The book moves on: a generated book churns, the small list gets a newer order in front. */
    private static void changeRegionBook(EsiRequest request) {
        long regionId = request.longParam("region_id");
        market(request).generatedBook(regionId).ifPresentOrElse(GeneratedBook::churn,
                () -> market(request).regionOrders(regionId).prependNewer());
    }
}
