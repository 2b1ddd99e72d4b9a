package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.TradeRoute;
import org.eveseat.domain.market.model.TradeRouteSearch;

/**
 * Finds what is worth hauling between stations from the stored order books: every type sold at the source and
 * wanted at the destination, bought along the source's sell orders and sold as the mode says, after fees, within
 * the cargo and the ISK given. An unknown station is a NotFound.
 */
public interface TradeRoutesQuery {
    List<TradeRoute> routes(TradeRouteSearch search);
}
