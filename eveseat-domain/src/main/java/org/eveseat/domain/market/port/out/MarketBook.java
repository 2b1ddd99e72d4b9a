package org.eveseat.domain.market.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * The read side of the stored region order books. Each region has one current snapshot, swapped whole when a new
 * one is stored, so every call reads one snapshot and never a mix of two.
 */
public interface MarketBook {
    Optional<BookSnapshot> snapshot(RegionId regionId);

    /** Open orders of one type in the scope, from the current snapshot: sells by price ascending, buys descending. */
    List<MarketOrder> orders(TypeId typeId, BookScope scope);

    /** Every open order at one station (all types), from the current snapshot of its region. */
    List<MarketOrder> stationOrders(RegionId regionId, long stationId);

    /** Changes of one type in a region after the instant, newest first, at most limit. */
    List<OrderChange> changes(RegionId regionId, TypeId typeId, Instant after, int limit);
}
