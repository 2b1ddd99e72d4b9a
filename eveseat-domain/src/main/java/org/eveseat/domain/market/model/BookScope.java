package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * Where to read an order book: a whole region, or one solar system or one station inside it. A station scope may
 * name its system too; the region is always given, since snapshots are kept per region.
 */
public record BookScope(RegionId regionId, SolarSystemId systemId, Long stationId) {
    public BookScope {
        Require.present(regionId, "region id");
        Require.positiveIfPresent(stationId, "station id");
    }

    public static BookScope region(RegionId regionId) {
        return new BookScope(regionId, null, null);
    }

    public static BookScope system(RegionId regionId, SolarSystemId systemId) {
        Require.present(systemId, "solar system id");
        return new BookScope(regionId, systemId, null);
    }

    public static BookScope station(RegionId regionId, long stationId) {
        return new BookScope(regionId, null, stationId);
    }

    /** Whether an order of this region lies in the scope. */
    public boolean contains(MarketOrder order) {
        return (stationId == null || order.locationId() == stationId)
                && (systemId == null || order.systemId().equals(systemId));
    }
}
