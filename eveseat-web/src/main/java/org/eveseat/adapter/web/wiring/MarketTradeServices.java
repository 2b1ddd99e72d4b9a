package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.market.port.in.OwnOrdersQuery;
import org.eveseat.domain.market.port.in.SyncCharacterOrdersUseCase;
import org.eveseat.domain.market.port.in.SyncCorporationOrdersUseCase;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;

/**
 * The use cases of the market's trade part (trade routes, the players' own orders) as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class MarketTradeServices {
    @Produces
    @Singleton
    TradeRoutesQuery tradeRoutes(EveSeatDomain domain) {
        return domain.get(TradeRoutesQuery.class);
    }

    @Produces
    @Singleton
    OwnOrdersQuery ownOrders(EveSeatDomain domain) {
        return domain.get(OwnOrdersQuery.class);
    }

    @Produces
    @Singleton
    SyncCharacterOrdersUseCase syncCharacterOrders(EveSeatDomain domain) {
        return domain.get(SyncCharacterOrdersUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationOrdersUseCase syncCorporationOrders(EveSeatDomain domain) {
        return domain.get(SyncCorporationOrdersUseCase.class);
    }
}
