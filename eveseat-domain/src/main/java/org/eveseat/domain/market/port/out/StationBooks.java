package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * One type at a station as a seller there sees it, read in one statement from one snapshot of the region: the
 * station's sell orders and every buy order of the region (the caller keeps those whose range reaches the station),
 * sells by price ascending, buys descending. Sells elsewhere in the region are left out, which halves what a busy
 * type's book reads.
 */
public interface StationBooks {
    List<MarketOrder> sellersView(TypeId typeId, RegionId regionId, long stationId);
}
