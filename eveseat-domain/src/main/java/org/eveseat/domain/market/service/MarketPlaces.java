package org.eveseat.domain.market.service;

import java.util.Optional;
import java.util.function.Function;

import org.eveseat.domain.market.model.StructureMarket;
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
    private final Function<Long, Optional<StructureMarket>> structures;

    MarketPlaces(StaticData staticData) {
        this(staticData, id -> Optional.empty());
    }

    MarketPlaces(StaticData staticData, Function<Long, Optional<StructureMarket>> structures) {
        this.staticData = staticData;
        this.structures = structures;
    }

    StaticType type(TypeId typeId) {
        return staticData.type(typeId).orElseThrow(() -> new NotFoundException("type " + typeId + " not found"));
    }

    void requireRegion(RegionId regionId) {
        if (staticData.universe().region(regionId).isEmpty()) {
            throw new NotFoundException("region " + regionId + " not found");
        }
    }

    /** The station's system and region: NPC stations of the static data, and kept structures once read. */
    SystemPlace station(long stationId) {
        return staticData.stationSystem(stationId).flatMap(staticData::place)
                .or(() -> structures.apply(stationId).filter(StructureMarket::stored)
                        .flatMap(structure -> staticData.universe().place(structure.systemId())))
                .filter(place -> place.regionId() != null)
                .orElseThrow(() -> new NotFoundException("station " + stationId + " not found"));
    }
}
