package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.shared.RegionId;

/** An admin chooses the regions whose order books are kept; answers them as they now stand. */
public interface ChangeMarketRegionsUseCase {
    List<MarketRegionStatus> change(List<RegionId> regionIds);
}
