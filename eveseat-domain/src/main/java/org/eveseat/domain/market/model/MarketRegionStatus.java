package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/** A region whose order book is kept, its name, and its current snapshot (null until one is stored). */
public record MarketRegionStatus(RegionId regionId, String regionName, BookSnapshot snapshot) {
    public MarketRegionStatus {
        Require.present(regionId, "region id");
    }
}
