package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.shared.TypeId;

/** One type's order book at a station, in a system or in a region, with its summary and {@code depth} levels. */
public interface OrderBookQuery {
    /** The most orders listed per side. */
    int MAX_DEPTH = 1000;

    OrderBook book(TypeId typeId, BookScope scope, int depth);
}
