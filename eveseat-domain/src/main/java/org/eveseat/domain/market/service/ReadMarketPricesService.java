package org.eveseat.domain.market.service;

import java.util.Collection;
import java.util.Map;

import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.shared.TypeId;

/** Stored prices by type, read in one query however many types are asked for. */
public class ReadMarketPricesService implements MarketPricesQuery {
    private final MarketPriceRepository prices;

    public ReadMarketPricesService(MarketPriceRepository prices) {
        this.prices = prices;
    }

    @Override
    public Map<TypeId, MarketPrice> prices(Collection<TypeId> typeIds) {
        return typeIds.isEmpty() ? Map.of() : prices.find(typeIds);
    }
}
