package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.market.model.TradeFees;
import org.eveseat.domain.market.model.TradeItem;
import org.eveseat.domain.market.model.TradeRoute;

/** Trade routes as JSON: prices as numbers with two decimals, names beside every id, volumes in m3. */
final class TradeRouteJson {
    private TradeRouteJson() {
    }

    /** The routes, and the fees they count with where they came from: typed by the caller or the defaults. */
    static JsonObject routes(List<TradeRoute> routes, TradeFees fees, boolean typed, String mode) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        routes.forEach(route -> list.add(route(route)));
        return JSON.createObjectBuilder().add("mode", mode)
                .add("fees", JSON.createObjectBuilder().add("brokerFeePercent", fees.brokerFeePercent())
                        .add("salesTaxPercent", fees.salesTaxPercent()).add("source", typed ? "typed" : "default"))
                .add("routes", list).build();
    }

    private static JsonObjectBuilder route(TradeRoute route) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        route.items().forEach(item -> items.add(item(item)));
        return JSON.createObjectBuilder().add("fromStationId", route.from().stationId())
                .add("fromStationName", route.from().stationName()).add("fromSystemName", route.from().systemName())
                .add("toStationId", route.to().stationId()).add("toStationName", route.to().stationName())
                .add("toSystemName", route.to().systemName()).add("jumps", route.jumps()).add("items", items)
                .add("profit", route.profit().amount()).add("iskPerJump", route.iskPerJump().amount())
                .add("profitPerM3", Math.round(route.profitPerM3() * 100) / 100.0)
                .add("cargoUsed", round(route.cargoUsed())).add("iskNeeded", route.iskNeeded().amount());
    }

    private static JsonObjectBuilder item(TradeItem item) {
        return JSON.createObjectBuilder().add("typeId", item.typeId().value()).add("typeName", item.typeName())
                .add("quantity", item.quantity()).add("buyPrice", item.buyPrice().amount())
                .add("sellPrice", item.sellPrice().amount()).add("profit", item.profit().amount())
                .add("profitPerUnit", item.profitPerUnit().amount()).add("volumeM3", round(item.volumeM3()))
                .add("profitPerM3", item.profitPerM3().amount());
    }

    private static double round(double m3) {
        return Math.round(m3 * 100) / 100.0;
    }
}
