package org.eveseat.domain.market.service;

import java.util.Comparator;
import java.util.List;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * One type's orders located at one station, from the stored book, by side: what can be bought there at once (sell
 * orders, cheapest first) and what can be sold there at once (buy orders, best paying first). Buy orders elsewhere
 * whose range reaches the station are not counted.
 */
final class StationOrders {
    private final MarketBook book;

    StationOrders(MarketBook book) {
        this.book = book;
    }

    Sides of(TypeId typeId, RegionId regionId, long stationId) {
        List<MarketOrder> orders = book.orders(typeId, BookScope.station(regionId, stationId)).stream()
                .filter(order -> order.locationId() == stationId).toList();
        Comparator<MarketOrder> byPrice = Comparator.comparing(order -> order.price().amount());
        return new Sides(orders.stream().filter(order -> !order.buyOrder()).sorted(byPrice).toList(),
                orders.stream().filter(MarketOrder::buyOrder).sorted(byPrice.reversed()).toList());
    }

    record Sides(List<MarketOrder> sells, List<MarketOrder> buys) {
    }
}
