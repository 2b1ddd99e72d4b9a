package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.MarketRegionStatus;

/** The regions whose order books are kept, with their names and current snapshots. */
public interface MarketRegionsQuery {
    List<MarketRegionStatus> regions();
}
