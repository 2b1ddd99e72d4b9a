package org.eveseat.domain.market.service;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * The static data a market question is checked against: a type, region or station that New Eden does not have is
 * not found (404), before any storage or ESI is asked.
 */
final class MarketPlaces {
    private final StaticData staticData;

    MarketPlaces(StaticData staticData) {
        this.staticData = staticData;
    }

    StaticType type(TypeId typeId) {
        return staticData.type(typeId).orElseThrow(() -> new NotFoundException("type " + typeId + " not found"));
    }

    void requireRegion(RegionId regionId) {
        if (staticData.universe().region(regionId).isEmpty()) {
            throw new NotFoundException("region " + regionId + " not found");
        }
    }

    /** The station's system and region; only NPC stations of the static data are known. */
    SystemPlace station(long stationId) {
        return staticData.stationSystem(stationId).flatMap(staticData::place).filter(place -> place.regionId() != null)
                .orElseThrow(() -> new NotFoundException("station " + stationId + " not found"));
    }
}
