package org.eveseat.domain.market.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.TypeId;

/**
 * The types most traded at a hub station, by their number of open orders there in the stored book (ties by type
 * id): a bounded, self-updating list of what traders there look at.
 */
final class HubTypes {
    private final MarketBook book;

    HubTypes(MarketBook book) {
        this.book = book;
    }

    List<TypeId> mostTraded(TradeHub hub, int limit) {
        Map<TypeId, Long> orders = book.stationOrders(hub.regionId(), hub.stationId()).stream()
                .collect(Collectors.groupingBy(MarketOrder::typeId, Collectors.counting()));
        return orders.entrySet().stream()
                .sorted(Map.Entry.<TypeId, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparingLong(TypeId::value))))
                .limit(limit).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    static Function<TradeHub, List<TypeId>> of(MarketBook book, int limit) {
        HubTypes types = new HubTypes(book);
        return hub -> types.mostTraded(hub, limit);
    }
}
