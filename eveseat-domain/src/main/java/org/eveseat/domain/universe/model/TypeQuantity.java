package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/** An amount of one type: a material used, a product made, a schematic's input or output. */
public record TypeQuantity(TypeId typeId, long quantity) {
    public TypeQuantity {
        Require.present(typeId, "type");
        Require.notNegative(quantity, "quantity");
    }
}
