package org.eveseat.adapter.web.rest.market;

import jakarta.json.JsonObject;

import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;

/** The calculator's and quick trade's request bodies, read field by field so a bad one is a 400 naming it. */
final class ProfitRequests {
    static final int MAX_TEXT = 200_000;

    private ProfitRequests() {
    }

    static ProfitCalculationCommand calculation(String body) {
        JsonObject json = JsonBody.object(body);
        Long character = JsonBody.id(json, "characterId", false);
        return new ProfitCalculationCommand(new TypeId(JsonBody.id(json, "typeId", true)),
                JsonBody.id(json, "buyStationId", true), JsonBody.id(json, "sellStationId", true),
                JsonBody.id(json, "quantity", true), character == null ? null : new CharacterId(character),
                mode(json, "buyAs", TradeMode.IMMEDIATE), mode(json, "sellAs", TradeMode.ORDER),
                JsonBody.decimal(json, "brokerFeePercent"), JsonBody.decimal(json, "salesTaxPercent"));
    }

    static String text(String body) {
        String text = JsonBody.string(JsonBody.object(body), "text", true);
        if (text.length() > MAX_TEXT) {
            throw new RuleViolationException("text must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static TradeMode mode(JsonObject json, String name, TradeMode byDefault) {
        String mode = JsonBody.string(json, name, false);
        if (mode == null) {
            return byDefault;
        }
        if (mode.equals("order") || mode.equals("immediate")) {
            return mode.equals("order") ? TradeMode.ORDER : TradeMode.IMMEDIATE;
        }
        throw new RuleViolationException(name + " must be order or immediate, was '" + mode + "'");
    }
}
