package org.eveseat.domain.blueprint.model;

import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;

/**
 * A blueprint owned by a character or corporation. ESI encodes its kind in {@code quantity}: -1 an original, -2 a
 * copy, a positive number a stack of that many originals. {@code runs} is -1 for originals.
 */
public record Blueprint(long itemId, TypeId typeId, long locationId, LocationFlag locationFlag, int quantity,
                        int runs, int materialEfficiency, int timeEfficiency) {
    public Blueprint {
        Require.positive(itemId, "item id");
        Require.present(typeId, "type id");
        Require.positive(locationId, "location id");
        Require.present(locationFlag, "location flag");
        if (quantity == 0 || quantity < -2) {
            throw new RuleViolationException("blueprint quantity must be -1, -2 or positive, was " + quantity);
        }
        Require.between(runs, -1, Integer.MAX_VALUE, "runs");
        Require.between(materialEfficiency, 0, 10, "material efficiency");
        Require.between(timeEfficiency, 0, 20, "time efficiency");
    }

    public boolean isCopy() {
        return quantity == -2;
    }
}
