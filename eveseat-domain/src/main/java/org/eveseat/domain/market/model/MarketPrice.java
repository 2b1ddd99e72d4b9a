package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * CCP's universe-wide price of a type: the average, and the adjusted price industry job costs are based on. Either
 * is null when ESI has none.
 */
public record MarketPrice(TypeId typeId, Isk averagePrice, Isk adjustedPrice) {
    public MarketPrice {
        Require.present(typeId, "type id");
    }
}
