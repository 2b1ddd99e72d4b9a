package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A market order a character placed, open or from the last 90 days of history. {@code forCorporation} marks an
 * order placed on the corporation's behalf; {@code minVolume} and {@code escrow} are null for sell orders.
 */
public record CharacterOrder(long orderId, TypeId typeId, RegionId regionId, long locationId, boolean buyOrder,
                             Isk price, long volumeRemain, long volumeTotal, Long minVolume, OrderRange range,
                             Instant issued, int duration, Isk escrow, boolean forCorporation, OrderState state) {
    public CharacterOrder {
        OrderRules.check(orderId, typeId, price, volumeRemain, volumeTotal, range, issued, duration);
        Require.present(regionId, "region");
        Require.present(state, "order state");
    }
}
