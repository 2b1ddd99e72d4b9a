package org.eveseat.domain.asset.model;

import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One item or stack a character or corporation owns. Items inside ships and containers point at their parent's
 * item id ({@code LocationType.ITEM}), which is how the asset tree is rebuilt. {@code blueprintCopy} is only set
 * for blueprints.
 */
public record Asset(long itemId, TypeId typeId, long quantity, long locationId, LocationType locationType,
                    LocationFlag locationFlag, boolean singleton, Boolean blueprintCopy) {
    public Asset {
        Require.positive(itemId, "item id");
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
        Require.positive(locationId, "location id");
        Require.present(locationType, "location type");
        Require.present(locationFlag, "location flag");
    }
}
