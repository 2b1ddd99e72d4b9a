package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** An open buy or sell order on a regional market. {@code duration} is in days from {@code issued}. */
public record MarketOrder(long orderId, TypeId typeId, boolean buyOrder, Isk price, long volumeRemain,
                          long volumeTotal, long minVolume, OrderRange range, long locationId,
                          SolarSystemId systemId, Instant issued, int duration) {
    public MarketOrder {
        Require.positive(orderId, "order id");
        Require.present(typeId, "type id");
        Require.present(price, "price");
        Require.notNegative(volumeRemain, "volume remaining");
        Require.positive(volumeTotal, "volume total");
        Require.notNegative(minVolume, "minimum volume");
        Require.present(range, "order range");
        Require.positive(locationId, "location id");
        Require.present(systemId, "solar system");
        Require.present(issued, "issued");
        Require.notNegative(duration, "duration");
    }
}
