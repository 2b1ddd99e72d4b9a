package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * A station's book where the station may be a kept player structure: the region's book there (ESI's region book
 * holds the orders of structures whose market is public) merged with the structure's own stored orders, which
 * win where both have an order. So the order book, the calculator and the quick trade read structures as stations.
 */
final class StructureStationBooks implements StationBooks {
    /** Sells cheapest first, then buys dearest first, as the stored books list them. */
    static final Comparator<MarketOrder> BOOK_ORDER = Comparator.comparing(MarketOrder::buyOrder)
            .thenComparing((a, b) -> a.buyOrder() ? b.price().amount().compareTo(a.price().amount())
                    : a.price().amount().compareTo(b.price().amount()))
            .thenComparingLong(MarketOrder::orderId);

    private final StationBooks regions;
    private final StructureMarketRepository structures;

    StructureStationBooks(StationBooks regions, StructureMarketRepository structures) {
        this.regions = regions;
        this.structures = structures;
    }

    @Override
    public List<MarketOrder> sellersView(TypeId typeId, RegionId regionId, long stationId) {
        List<MarketOrder> region = regions.sellersView(typeId, regionId, stationId);
        if (!StructureMarket.isStructure(stationId)) {
            return region;
        }
        List<MarketOrder> own = structures.orders(stationId, typeId);
        if (own.isEmpty()) {
            return region;
        }
        Map<Long, MarketOrder> merged = new LinkedHashMap<>();
        own.forEach(order -> merged.put(order.orderId(), order));
        region.forEach(order -> merged.putIfAbsent(order.orderId(), order));
        List<MarketOrder> all = new ArrayList<>(merged.values());
        all.sort(BOOK_ORDER);
        return all;
    }
}
