package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.shared.RegionId;

/**
 * The regions whose public order books are kept, as an admin set them (the five trade hub regions until then).
 * The sync planner reads them at each plan, so a change takes effect within a minute.
 */
public interface MarketRegionRepository {
    List<RegionId> regions();

    void replace(List<RegionId> regions);
}
