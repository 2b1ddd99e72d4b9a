package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.market.port.in.StructureSuggestionsQuery;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.port.out.StaticData;

/** The structures of the users' own open orders that are not kept, with their regions' names. */
public class StructureSuggestionsService implements StructureSuggestionsQuery {
    private final StructureMarketRepository markets;
    private final StaticData staticData;

    public StructureSuggestionsService(StructureMarketRepository markets, StaticData staticData) {
        this.markets = markets;
        this.staticData = staticData;
    }

    @Override
    public List<StructureSuggestion> suggestions() {
        return markets.ownOrderStructures(MAX_SUGGESTIONS).stream().map(s -> s.named(
                staticData.universe().region(s.regionId()).map(MapRegion::name).orElse(null))).toList();
    }
}
