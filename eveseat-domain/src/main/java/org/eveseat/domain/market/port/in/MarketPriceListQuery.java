package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.MarketPricePage;

/** Every stored price, a page at a time, for clients that mirror the whole list. */
public interface MarketPriceListQuery {
    int PAGE_SIZE = 1000;

    MarketPricePage page(int page);
}
