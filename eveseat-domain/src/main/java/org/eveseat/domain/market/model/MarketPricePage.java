package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of the stored prices, by type id; {@code page} counts from 1. */
public record MarketPricePage(List<MarketPrice> prices, int page, int pageSize, long total) {
    public MarketPricePage {
        prices = Require.list(prices, "prices");
    }
}
