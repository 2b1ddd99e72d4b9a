package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;

/**
 * An own order as the player sees it: with the names of its type, station and region, and for an open order its
 * position in the stored book (null when the region's book is not stored, and for closed orders).
 */
public record OwnOrderView(OwnOrder order, String typeName, String stationName, String regionName,
                           OrderPosition position) {
    public OwnOrderView {
        Require.present(order, "order");
    }
}
