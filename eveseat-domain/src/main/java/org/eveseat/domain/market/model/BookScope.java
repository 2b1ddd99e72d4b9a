package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Where to read a book: a region, or one system or one station inside it. */
public record BookScope(RegionId regionId, SolarSystemId systemId /*nullable*/, Long stationId /*nullable*/) {
    public BookScope {
        Require.present(regionId, "region");
        Require.positiveIfPresent(stationId, "station id");
    }

    public static BookScope region(RegionId regionId) {
        return new BookScope(regionId, null, null);
    }

    public static BookScope station(RegionId regionId, long stationId) {
        return new BookScope(regionId, null, stationId);
    }
}
