package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/** A quantity of a type, named as the static data names it. */
public record QuickTradeLine(TypeId typeId, String typeName, long quantity) {
    public QuickTradeLine {
        Require.present(typeId, "type id");
        Require.present(typeName, "type name");
        Require.positive(quantity, "quantity");
    }
}
