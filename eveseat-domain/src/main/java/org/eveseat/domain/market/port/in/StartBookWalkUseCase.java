package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.shared.RegionId;

/** Begins a sync of a region's order book: goes on with a walk a stopped run left, or reads page 1 afresh. */
public interface StartBookWalkUseCase {
    BookWalkStart start(RegionId regionId);
}
