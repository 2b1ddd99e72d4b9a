package org.eveseat.domain.market.service;

import org.eveseat.domain.market.model.MarketPricePage;
import org.eveseat.domain.market.port.in.MarketPriceListQuery;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.shared.RuleViolationException;

/** Pages of {@link #PAGE_SIZE} prices by type id; a page past the end is empty. */
public class ListMarketPricesService implements MarketPriceListQuery {
    private final MarketPriceRepository prices;

    public ListMarketPricesService(MarketPriceRepository prices) {
        this.prices = prices;
    }

    @Override
    public MarketPricePage page(int page) {
        if (page < 1 || page > 100_000) {
            throw new RuleViolationException("page must be between 1 and 100000, was " + page);
        }
        return new MarketPricePage(prices.page((page - 1) * PAGE_SIZE, PAGE_SIZE), page, PAGE_SIZE, prices.count());
    }
}
