package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Builds the trade routes between the hubs, from the stored order books, the static data and the route planner;
 * their hubs' ladders are shared with the book's publish, which lays them out after each swap.
 */
public final class TradeAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(HubLadders.class, wiring -> new HubLadders(wiring.get(MarketBook.class)));
        catalogue.add(TradeRoutesQuery.class, wiring -> new FindTradeRoutesService(wiring.get(HubLadders.class),
                wiring.get(StaticData.class), wiring.get(PlanRouteQuery.class)));
    }
}
