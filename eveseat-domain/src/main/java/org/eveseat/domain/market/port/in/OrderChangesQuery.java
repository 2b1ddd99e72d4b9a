package org.eveseat.domain.market.port.in;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** How one type's book in a region moved: new orders, price changes and orders gone, newest first. */
public interface OrderChangesQuery {
    List<OrderChange> changes(TypeId typeId, RegionId regionId, Instant after, int limit);
}
