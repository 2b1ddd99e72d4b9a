package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.out.StaticData;

/** Builds the trade routes between the hubs, from the stored order books, the static data and the route planner. */
public final class TradeAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(TradeRoutesQuery.class, wiring -> new FindTradeRoutesService(wiring.get(MarketBook.class),
                wiring.get(StaticData.class), wiring.get(PlanRouteQuery.class)));
    }
}
