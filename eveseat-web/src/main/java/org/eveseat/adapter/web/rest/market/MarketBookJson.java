package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.market.model.BookEntry;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookSummary;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.universe.model.EntityNames;

/** Response bodies of the order book API: prices as JSON numbers with two decimals, names beside ids. */
final class MarketBookJson {
    private MarketBookJson() {
    }

    /** The stations the static data does not name are named from {@code names} (stored or ESI names). */
    static JsonObject book(OrderBook book, EntityNames names) {
        BookSnapshot snapshot = book.snapshot();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", book.typeId().value());
        text(json, "typeName", book.typeName()).add("regionId", book.scope().regionId().value());
        text(json, "regionName", book.regionName()).add("fetchedAt", snapshot.fetchedAt().toString())
                .add("expiresAt", snapshot.expiresAt().toString()).add("summary", summary(book.summary()))
                .add("sells", entries(book.sells(), names)).add("buys", entries(book.buys(), names));
        return json.build();
    }

    private static JsonObject summary(BookSummary s) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        price(json, "bestBid", s.bestBid());
        price(json, "bestAsk", s.bestAsk());
        price(json, "spread", s.spread());
        decimal(json, "spreadPercent", s.spreadPercent());
        return json.add("bidVolume", s.bidVolume()).add("askVolume", s.askVolume())
                .add("bidVolumeWithin5", s.bidVolumeWithin5()).add("askVolumeWithin5", s.askVolumeWithin5()).build();
    }

    /** The stations of a book's entries that the static data does not name (a structure, a newer station). */
    static Stream<Long> unnamedStations(OrderBook book) {
        return Stream.concat(book.sells().stream(), book.buys().stream()).filter(entry -> entry.stationName() == null)
                .map(entry -> entry.order().locationId());
    }

    private static JsonArray entries(List<BookEntry> entries, EntityNames names) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (BookEntry entry : entries) {
            MarketOrder o = entry.order();
            JsonObjectBuilder json = JSON.createObjectBuilder().add("orderId", o.orderId());
            price(json, "price", o.price()).add("volumeRemain", o.volumeRemain()).add("volumeTotal", o.volumeTotal())
                    .add("minVolume", o.minVolume()).add("stationId", o.locationId());
            if (entry.stationName() == null) {
                NamesJson.name(json, "stationName", names, o.locationId());
            } else {
                json.add("stationName", entry.stationName());
            }
            json.add("systemId", o.systemId().value());
            text(json, "systemName", entry.systemName());
            if (entry.security() == null) {
                json.addNull("security");
            } else {
                json.add("security", Math.round(entry.security() * 1000) / 1000.0);
            }
            all.add(json.add("range", o.range().esiValue().isEmpty() ? "unknown" : o.range().esiValue())
                    .add("issued", o.issued().toString())
                    .add("expires", o.issued().plus(java.time.Duration.ofDays(o.duration())).toString()));
        }
        return all.build();
    }

    static JsonArray changes(List<OrderChange> changes, EntityNames names) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (OrderChange c : changes) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("orderId", c.orderId()).add("kind", c.kind().name())
                    .add("buyOrder", c.buyOrder());
            price(json, "oldPrice", c.oldPrice());
            price(json, "newPrice", c.newPrice()).add("volumeRemain", c.volumeRemain())
                    .add("stationId", c.locationId());
            NamesJson.name(json, "stationName", names, c.locationId()).add("seenAt", c.seenAt().toString());
            all.add(json);
        }
        return all.build();
    }

    static JsonArray regions(List<MarketRegionStatus> regions) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (MarketRegionStatus region : regions) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("regionId", region.regionId().value());
            text(json, "regionName", region.regionName());
            BookSnapshot s = region.snapshot();
            if (s == null) {
                json.addNull("snapshot");
            } else {
                json.add("snapshot", JSON.createObjectBuilder().add("fetchedAt", s.fetchedAt().toString())
                        .add("expiresAt", s.expiresAt().toString()).add("orderCount", s.orderCount()));
            }
            all.add(json);
        }
        return all.build();
    }

    private static JsonObjectBuilder price(JsonObjectBuilder json, String field, Isk isk) {
        return isk == null ? json.addNull(field) : json.add(field, isk.amount());
    }

    private static JsonObjectBuilder decimal(JsonObjectBuilder json, String field, BigDecimal value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }
}
