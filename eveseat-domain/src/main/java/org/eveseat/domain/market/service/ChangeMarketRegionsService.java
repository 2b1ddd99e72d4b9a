package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.market.port.in.ChangeMarketRegionsUseCase;
import org.eveseat.domain.market.port.in.MarketRegionsQuery;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Replaces the kept regions: between 1 and {@link #MAX_REGIONS} distinct regions the static data knows (an unknown
 * one is a 404 and changes nothing). The planner drops the syncs of regions no longer kept.
 */
public class ChangeMarketRegionsService implements ChangeMarketRegionsUseCase {
    public static final int MAX_REGIONS = 100;

    private final MarketRegionRepository regions;
    private final MarketRegionsQuery statuses;
    private final StaticData staticData;

    public ChangeMarketRegionsService(MarketRegionRepository regions, MarketRegionsQuery statuses,
                                      StaticData staticData) {
        this.regions = regions;
        this.statuses = statuses;
        this.staticData = staticData;
    }

    @Override
    public List<MarketRegionStatus> change(List<RegionId> regionIds) {
        List<RegionId> distinct = Require.list(regionIds, "region ids").stream().distinct().toList();
        Require.between(distinct.size(), 1, MAX_REGIONS, "number of regions");
        for (RegionId id : distinct) {
            staticData.universe().region(id).orElseThrow(() -> new NotFoundException("unknown region " + id));
        }
        regions.replace(distinct);
        return statuses.regions();
    }
}
