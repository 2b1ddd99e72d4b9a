package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.market.model.BookEntry;
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
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * A type's order book from the region's current snapshot: the summary over all of the scope's orders, the first
 * {@code depth} of each side listed. An unknown type, or a region without a stored book, is a 404.
 */
public class ReadOrderBookService implements OrderBookQuery {
    private final MarketBook book;
    private final StaticData staticData;

    public ReadOrderBookService(MarketBook book, StaticData staticData) {
        this.book = book;
        this.staticData = staticData;
    }

    @Override
    public OrderBook book(TypeId typeId, BookScope scope, int depth) {
        Require.between(depth, 1, OrderBookQuery.MAX_DEPTH, "depth");
        StaticType type = staticData.type(typeId).orElseThrow(() -> new NotFoundException("unknown type " + typeId));
        BookSnapshot snapshot = book.snapshot(scope.regionId()).orElseThrow(() -> new NotFoundException(
                "no order book of region " + scope.regionId() + " is stored yet"));
        List<MarketOrder> sells = new ArrayList<>();
        List<MarketOrder> buys = new ArrayList<>();
        for (MarketOrder order : book.orders(typeId, scope)) {
            (order.buyOrder() ? buys : sells).add(order);
        }
        String regionName = staticData.universe().region(scope.regionId()).map(MapRegion::name).orElse(null);
        return new OrderBook(typeId, type.name(), scope, regionName, snapshot, BookSummary.of(sells, buys),
                entries(sells, depth), entries(buys, depth));
    }

    private List<BookEntry> entries(List<MarketOrder> orders, int depth) {
        return orders.subList(0, Math.min(depth, orders.size())).stream().map(this::entry).toList();
    }

    private BookEntry entry(MarketOrder order) {
        Optional<MapSystem> system = staticData.universe().system(order.systemId());
        return new BookEntry(order, staticData.stationName(order.locationId()).orElse(null),
                system.map(MapSystem::name).orElse(null), system.map(MapSystem::security).orElse(null));
    }
}
