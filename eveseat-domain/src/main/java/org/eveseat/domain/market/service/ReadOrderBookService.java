package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookSummary;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.port.in.OrderBookQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * A type's order book from the region's current snapshot: the summary over all of the scope's orders, the first
 * {@code depth} of each side listed. An unknown type, or a region without a stored book, is a 404.
 */
public class ReadOrderBookService implements OrderBookQuery {
    public static final int MAX_DEPTH = 1000;

    private final MarketBook book;
    private final StaticData staticData;

    public ReadOrderBookService(MarketBook book, StaticData staticData) {
        this.book = book;
        this.staticData = staticData;
    }

    @Override
    public OrderBook book(TypeId typeId, BookScope scope, int depth) {
        Require.between(depth, 1, MAX_DEPTH, "depth");
        staticData.type(typeId).orElseThrow(() -> new NotFoundException("unknown type " + typeId));
        BookSnapshot snapshot = book.snapshot(scope.regionId()).orElseThrow(() -> new NotFoundException(
                "no order book of region " + scope.regionId() + " is stored yet"));
        List<MarketOrder> sells = new ArrayList<>();
        List<MarketOrder> buys = new ArrayList<>();
        for (MarketOrder order : book.orders(typeId, scope)) {
            (order.buyOrder() ? buys : sells).add(order);
        }
        return new OrderBook(typeId, scope, snapshot, BookSummary.of(sells, buys), first(sells, depth),
                first(buys, depth));
    }

    private static List<MarketOrder> first(List<MarketOrder> orders, int depth) {
        return orders.subList(0, Math.min(depth, orders.size()));
    }
}
