package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderFilter;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Public market data on ESI: a region's open orders (all pages walked), a type's daily history in a region, and
 * the universe-wide average and adjusted prices.
 */
public interface MarketEsi {
    EsiResult<List<MarketOrder>> regionOrders(RegionId regionId, OrderFilter filter);

    EsiResult<List<MarketHistoryDay>> history(RegionId regionId, TypeId typeId);

    EsiResult<List<MarketPrice>> prices();
}
