package org.eveseat.domain.killmail.model;

import java.util.Map;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * What a loss was worth at CCP's average prices, as zKillboard shows it: the ship, the items that dropped (left in
 * the wreck) and those destroyed with it; {@code total} is all three. {@code unitPrices} holds the average price of
 * each type that has one; {@code unpricedTypes} counts the types without a price (valued at nothing).
 */
public record KillmailValue(Isk ship, Isk dropped, Isk destroyed, Isk total, Map<TypeId, Isk> unitPrices,
                            int unpricedTypes) {
    public KillmailValue {
        Require.present(ship, "ship value");
        Require.present(dropped, "dropped value");
        Require.present(destroyed, "destroyed value");
        Require.present(total, "total value");
        unitPrices = Map.copyOf(unitPrices);
    }
}
