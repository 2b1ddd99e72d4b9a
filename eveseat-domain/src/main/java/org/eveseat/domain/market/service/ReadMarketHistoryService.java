package org.eveseat.domain.market.service;

import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.port.in.MarketHistoryQuery;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** Checks the region and type against the static data, then answers from the history cache. */
public class ReadMarketHistoryService implements MarketHistoryQuery {
    private final MarketPlaces places;
    private final HistoryCache cache;

    ReadMarketHistoryService(MarketPlaces places, HistoryCache cache) {
        this.places = places;
        this.cache = cache;
    }

    @Override
    public MarketHistory history(RegionId regionId, TypeId typeId) {
        places.requireRegion(regionId);
        places.type(typeId);
        return cache.history(regionId, typeId);
    }
}
