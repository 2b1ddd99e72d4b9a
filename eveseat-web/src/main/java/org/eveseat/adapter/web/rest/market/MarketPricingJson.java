package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.market.model.AppliedTaxes;
import org.eveseat.domain.market.model.HubQuote;
import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.model.QuickTrade;
import org.eveseat.domain.market.model.QuickTradeLine;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.universe.model.EntityNames;

/** Response bodies of market pricing: ISK as JSON numbers with two decimals, names beside their ids. */
final class MarketPricingJson {
    private MarketPricingJson() {
    }

    static JsonObject price(MarketPrice price, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", price.typeId().value());
        NamesJson.name(json, "typeName", names, price.typeId().value());
        isk(json, "averagePrice", price.averagePrice());
        return isk(json, "adjustedPrice", price.adjustedPrice()).build();
    }

    static JsonObject history(MarketHistory history, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", history.typeId().value());
        NamesJson.name(json, "typeName", names, history.typeId().value()).add("regionId", history.regionId().value());
        NamesJson.name(json, "regionName", names, history.regionId().value())
                .add("expiresAt", history.expiresAt().toString());
        JsonArrayBuilder days = JSON.createArrayBuilder();
        history.days().forEach(day -> days.add(JSON.createObjectBuilder().add("date", day.date().toString())
                .add("average", day.average().amount()).add("highest", day.highest().amount())
                .add("lowest", day.lowest().amount()).add("volume", day.volume()).add("orderCount", day.orderCount())));
        return json.add("days", days).build();
    }

    static JsonArray hubs() {
        JsonArrayBuilder hubs = JSON.createArrayBuilder();
        TradeHub.ALL.forEach(hub -> hubs.add(hub(hub)));
        return hubs.build();
    }

    private static JsonObjectBuilder hub(TradeHub hub) {
        return JSON.createObjectBuilder().add("stationId", hub.stationId()).add("stationName", hub.stationName())
                .add("systemId", hub.systemId().value()).add("systemName", hub.systemName())
                .add("regionId", hub.regionId().value()).add("regionName", hub.regionName());
    }

    static JsonObject calculation(ProfitCalculation result, long quantity, JsonObjectBuilder places) {
        JsonObjectBuilder json = places.add("quantity", quantity).add("buyPrice", result.buyPrice().amount())
                .add("sellPrice", result.sellPrice().amount()).add("brokerFee", result.brokerFee().amount())
                .add("salesTax", result.salesTax().amount()).add("profitPerUnit", result.profitPerUnit().amount())
                .add("margin", result.marginPercent()).add("profit", result.profit().amount());
        isk(json, "profitPerM3", result.profitPerM3());
        json = result.dailyVolume() == null ? json.addNull("dailyVolume") : json.add("dailyVolume", result.dailyVolume());
        isk(json, "profitPerDay", result.profitPerDay());
        return json.add("taxes", taxes(result.taxes())).build();
    }

    private static JsonObjectBuilder taxes(AppliedTaxes taxes) {
        return JSON.createObjectBuilder().add("brokerFeePercent", plain(taxes.sellBrokerFeePercent()))
                .add("buyBrokerFeePercent", plain(taxes.buyBrokerFeePercent()))
                .add("salesTaxPercent", plain(taxes.salesTaxPercent()))
                .add("relistFeePercent", plain(taxes.relistFeePercent()))
                .add("source", taxes.source().name().toLowerCase(Locale.ROOT));
    }

    static JsonObject quickTrade(QuickTrade trade) {
        JsonArrayBuilder unknown = JSON.createArrayBuilder();
        trade.unknown().forEach(unknown::add);
        JsonArrayBuilder hubs = JSON.createArrayBuilder();
        for (HubQuote quote : trade.hubs()) {
            hubs.add(hub(quote.hub()).add("buyTotal", quote.buyTotal().amount())
                    .add("sellTotal", quote.sellTotal().amount()).add("missing", lines(quote.missing()))
                    .add("unsold", lines(quote.unsold())));
        }
        return JSON.createObjectBuilder().add("lines", lines(trade.lines())).add("unknown", unknown).add("hubs", hubs)
                .build();
    }

    private static JsonArrayBuilder lines(List<QuickTradeLine> lines) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        lines.forEach(line -> json.add(JSON.createObjectBuilder().add("typeId", line.typeId().value())
                .add("typeName", line.typeName()).add("quantity", line.quantity())));
        return json;
    }

    private static JsonObjectBuilder isk(JsonObjectBuilder json, String field, Isk isk) {
        return isk == null ? json.addNull(field) : json.add(field, isk.amount());
    }

    private static BigDecimal plain(BigDecimal percent) {
        return percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros();
    }
}
