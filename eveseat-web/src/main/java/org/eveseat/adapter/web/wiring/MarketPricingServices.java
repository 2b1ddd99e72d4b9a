package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.market.port.in.MarketHistoryQuery;
import org.eveseat.domain.market.port.in.MarketPriceListQuery;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.market.port.in.ProfitCalculatorQuery;
import org.eveseat.domain.market.port.in.QuickTradeQuery;
import org.eveseat.domain.market.port.in.SyncHubHistoryUseCase;
import org.eveseat.domain.market.port.in.SyncMarketPricesUseCase;
import org.eveseat.domain.universe.port.in.TypeSearchQuery;

/**
 * The use cases of market pricing (prices, history, the profit calculator, quick trade) and the type search as CDI
 * beans. {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class MarketPricingServices {
    @Produces
    @Singleton
    SyncMarketPricesUseCase syncPrices(EveSeatDomain domain) {
        return domain.get(SyncMarketPricesUseCase.class);
    }

    @Produces
    @Singleton
    SyncHubHistoryUseCase syncHubHistory(EveSeatDomain domain) {
        return domain.get(SyncHubHistoryUseCase.class);
    }

    @Produces
    @Singleton
    MarketPricesQuery prices(EveSeatDomain domain) {
        return domain.get(MarketPricesQuery.class);
    }

    @Produces
    @Singleton
    MarketPriceListQuery priceList(EveSeatDomain domain) {
        return domain.get(MarketPriceListQuery.class);
    }

    @Produces
    @Singleton
    MarketHistoryQuery history(EveSeatDomain domain) {
        return domain.get(MarketHistoryQuery.class);
    }

    @Produces
    @Singleton
    ProfitCalculatorQuery calculator(EveSeatDomain domain) {
        return domain.get(ProfitCalculatorQuery.class);
    }

    @Produces
    @Singleton
    QuickTradeQuery quickTrade(EveSeatDomain domain) {
        return domain.get(QuickTradeQuery.class);
    }

    @Produces
    @Singleton
    TypeSearchQuery typeSearch(EveSeatDomain domain) {
        return domain.get(TypeSearchQuery.class);
    }
}
