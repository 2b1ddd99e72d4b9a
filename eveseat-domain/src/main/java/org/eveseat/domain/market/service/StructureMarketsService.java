package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.in.StructureMarketsQuery;
import org.eveseat.domain.market.port.out.StructureMarketRepository;

/** The kept structures as stored, each with its last read. */
public class StructureMarketsService implements StructureMarketsQuery {
    private final StructureMarketRepository markets;

    public StructureMarketsService(StructureMarketRepository markets) {
        this.markets = markets;
    }

    @Override
    public List<StructureMarket> structures() {
        return markets.list();
    }
}
