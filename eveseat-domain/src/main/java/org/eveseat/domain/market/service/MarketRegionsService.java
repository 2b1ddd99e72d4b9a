package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.market.port.in.MarketRegionsQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.port.out.StaticData;

/** The kept regions with their names from the static data and their current snapshots. */
public class MarketRegionsService implements MarketRegionsQuery {
    private final MarketRegionRepository regions;
    private final MarketBook book;
    private final StaticData staticData;

    public MarketRegionsService(MarketRegionRepository regions, MarketBook book, StaticData staticData) {
        this.regions = regions;
        this.book = book;
        this.staticData = staticData;
    }

    @Override
    public List<MarketRegionStatus> regions() {
        return regions.regions().stream().map(id -> new MarketRegionStatus(id,
                staticData.universe().region(id).map(MapRegion::name).orElse(null),
                book.snapshot(id).orElse(null))).toList();
    }
}
