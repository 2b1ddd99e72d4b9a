package org.eveseat.adapter.web.rest.killmail;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.killmail.model.KillmailValue;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** A killmail's value in ISK as decimal strings, like every amount of the API: ship, dropped, destroyed, total. */
final class KillmailValueJson {
    private KillmailValueJson() {
    }

    static JsonObject of(KillmailValue value) {
        return JSON.createObjectBuilder().add("ship", value.ship().amount().toPlainString())
                .add("dropped", value.dropped().amount().toPlainString())
                .add("destroyed", value.destroyed().amount().toPlainString())
                .add("total", value.total().amount().toPlainString())
                .add("unpricedTypes", value.unpricedTypes()).build();
    }

    /** An item's {@code unitPrice}: the type's average price, null for a type without one. */
    static JsonObjectBuilder unitPrice(JsonObjectBuilder item, TypeId type, Map<TypeId, Isk> prices) {
        Isk price = prices.get(type);
        return price == null ? item.addNull("unitPrice") : item.add("unitPrice", price.amount().toPlainString());
    }
}
