package org.eveseat.domain.market.port.in;

import java.math.BigDecimal;

import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;

/**
 * Buy a quantity of a type at one station and sell it at another (or the same). The fees come from the typed
 * percentages where given, else from the character's skills and standings where a character is given, else from
 * the untrained, neutral defaults.
 */
public record ProfitCalculationCommand(TypeId typeId, long buyStationId, long sellStationId, long quantity,
                                       CharacterId characterId, TradeMode buyAs, TradeMode sellAs,
                                       BigDecimal brokerFeePercent, BigDecimal salesTaxPercent) {
    public static final long MAX_QUANTITY = 1_000_000_000_000L;

    public ProfitCalculationCommand {
        Require.present(typeId, "type id");
        Require.positive(buyStationId, "buy station id");
        Require.positive(sellStationId, "sell station id");
        Require.between(quantity, 1, MAX_QUANTITY, "quantity");
        Require.present(buyAs, "buyAs");
        Require.present(sellAs, "sellAs");
        percent(brokerFeePercent, "brokerFeePercent");
        percent(salesTaxPercent, "salesTaxPercent");
    }

    private static void percent(BigDecimal value, String name) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolationException(name + " must be between 0 and 100, was " + value.toPlainString());
        }
    }
}
