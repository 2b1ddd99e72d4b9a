package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * A type's daily price history in a region: served from storage while ESI's copy is current, read from ESI (and
 * stored) when it has expired. A region or type the static data does not know is not found.
 */
public interface MarketHistoryQuery {
    MarketHistory history(RegionId regionId, TypeId typeId);
}
