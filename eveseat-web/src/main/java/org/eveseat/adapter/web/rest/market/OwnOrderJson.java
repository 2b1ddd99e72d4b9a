package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.EntityNames;

/**
 * Own orders as JSON: prices as numbers, times ISO-8601, names beside ids (null while not known), the position
 * null when the region's book is not stored or the order is closed.
 */
final class OwnOrderJson {
    private OwnOrderJson() {
    }

    /** {@code open} (the default) or {@code history}. */
    static boolean open(String state) {
        if (state == null || state.isEmpty() || state.equals("open")) {
            return true;
        }
        if (state.equals("history")) {
            return false;
        }
        throw new RuleViolationException("state must be open or history, not " + state);
    }

    static JsonArray orders(List<OwnOrderView> views, EntityNames names) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        views.forEach(view -> list.add(order(view, names)));
        return list.build();
    }

    private static JsonObjectBuilder order(OwnOrderView view, EntityNames names) {
        OwnOrder o = view.order();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("orderId", o.orderId())
                .add("typeId", o.typeId().value());
        text(json, "typeName", view.typeName()).add("buyOrder", o.buyOrder()).add("price", o.price().amount())
                .add("volumeRemain", o.volumeRemain()).add("volumeTotal", o.volumeTotal())
                .add("locationId", o.locationId());
        text(json, "stationName", view.stationName()).add("regionId", o.regionId().value());
        text(json, "regionName", view.regionName()).add("range", o.range().esiValue())
                .add("issued", o.issued().toString()).add("expires", o.expires().toString())
                .add("state", o.state().name().toLowerCase(Locale.ROOT));
        isk(json, "escrow", o.escrow());
        if (o.minVolume() == null) {
            json.addNull("minVolume");
        } else {
            json.add("minVolume", o.minVolume());
        }
        if (o.issuedBy() != null) {
            NamesJson.name(json.add("issuedBy", o.issuedBy().value()), "issuedByName", names, o.issuedBy().value());
            json.add("walletDivision", o.walletDivision());
        }
        return view.position() == null ? json.addNull("position") : json.add("position", position(view.position()));
    }

    private static JsonObjectBuilder position(OrderPosition p) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("outbid", p.outbid());
        isk(json, "bestCompetitor", p.bestCompetitor());
        isk(json, "undercutBy", p.undercutBy());
        return json.add("rank", p.rank()).add("competitors", p.competitors());
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }

    private static void isk(JsonObjectBuilder json, String field, Isk amount) {
        if (amount == null) {
            json.addNull(field);
        } else {
            json.add(field, amount.amount());
        }
    }
}
