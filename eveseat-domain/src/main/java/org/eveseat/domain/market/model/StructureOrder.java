package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An order on the market of a player structure. Unlike a regional order ESI gives no solar system: the structure
 * ({@code locationId}) is where it is.
 */
public record StructureOrder(long orderId, TypeId typeId, boolean buyOrder, Isk price, long volumeRemain,
                             long volumeTotal, long minVolume, OrderRange range, long locationId, Instant issued,
                             int duration) {
    public StructureOrder {
        OrderRules.check(orderId, typeId, price, volumeRemain, volumeTotal, range, issued, duration);
        Require.notNegative(minVolume, "minimum volume");
        Require.positive(locationId, "location id");
    }
}
