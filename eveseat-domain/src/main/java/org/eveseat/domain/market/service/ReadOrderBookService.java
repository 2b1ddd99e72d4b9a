package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eveseat.domain.market.model.BookEntry;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookSummary;
import org.eveseat.domain.market.model.BuyOrderReach;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.in.OrderBookQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
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
    private static final int DISTANCES_KEPT = 64;

    private final MarketBook book;
    private final StationBooks stations;
    private final StaticData staticData;
    private final Function<Long, Optional<StructureMarket>> structures;
    private final Map<SolarSystemId, Map<SolarSystemId, Integer>> distances = new ConcurrentHashMap<>();
    private volatile String distancesVersion;

    public ReadOrderBookService(MarketBook book, StationBooks stations, StaticData staticData) {
        this(book, stations, staticData, id -> Optional.empty());
    }

    /** @param structures a kept player structure by id, whose stored orders make a book at it */
    public ReadOrderBookService(MarketBook book, StationBooks stations, StaticData staticData,
                                Function<Long, Optional<StructureMarket>> structures) {
        this.book = book;
        this.stations = stations;
        this.staticData = staticData;
        this.structures = structures;
    }

    @Override
    public OrderBook book(TypeId typeId, BookScope scope, int depth) {
        Require.between(depth, 1, OrderBookQuery.MAX_DEPTH, "depth");
        StaticType type = staticData.type(typeId).orElseThrow(() -> new NotFoundException("unknown type " + typeId));
        Optional<StructureMarket> structure = scope.stationId() == null ? Optional.empty()
                : structures.apply(scope.stationId()).filter(StructureMarket::stored);
        BookSnapshot snapshot = structure.map(ReadOrderBookService::snapshotOf)
                .or(() -> book.snapshot(scope.regionId())).orElseThrow(() -> new NotFoundException(
                        "no order book of region " + scope.regionId() + " is stored yet"));
        // at a station, its sells and the region's buys in one statement (one snapshot): buys elsewhere may reach it
        boolean atStation = scope.stationId() != null;
        List<MarketOrder> orders = atStation ? stations.sellersView(typeId, scope.regionId(), scope.stationId())
                : book.orders(typeId, scope);
        BuyOrderReach reach = atStation ? reach(scope, orders) : null;
        List<MarketOrder> sells = new ArrayList<>();
        List<MarketOrder> buys = new ArrayList<>();
        for (MarketOrder order : orders) {
            if (order.buyOrder() && (reach == null || reach.reaches(order))) {
                buys.add(order);
            } else if (!order.buyOrder() && scope.contains(order)) {
                sells.add(order);
            }
        }
        String regionName = staticData.universe().region(scope.regionId()).map(MapRegion::name).orElse(null);
        return new OrderBook(typeId, type.name(), scope, regionName, snapshot, BookSummary.of(sells, buys),
                entries(sells, depth, structure), entries(buys, depth, structure));
    }

    /** A structure's book is as old as its last read (its region's book, merged in, is renewed as often). */
    private static BookSnapshot snapshotOf(StructureMarket structure) {
        return new BookSnapshot(structure.regionId(), structure.structureId(), structure.fetchedAt(),
                structure.expiresAt(), structure.orderCount());
    }

    /** Which buy orders a seller at the station reaches; a structure's system is that of its own orders. */
    private BuyOrderReach reach(BookScope scope, List<MarketOrder> orders) {
        SolarSystemId system = staticData.stationSystem(scope.stationId()).or(() -> orders.stream()
                .filter(o -> o.locationId() == scope.stationId()).findFirst().map(MarketOrder::systemId)).orElse(null);
        return new BuyOrderReach(scope.stationId(), system, this::distances);
    }

    /** Kept per system of the static data's version: the hubs' systems are asked again and again. */
    private Map<SolarSystemId, Integer> distances(SolarSystemId from) {
        String version = staticData.universe().version();
        if (!version.equals(distancesVersion) || distances.size() >= DISTANCES_KEPT) {
            distances.clear();
            distancesVersion = version;
        }
        return distances.computeIfAbsent(from, system -> BuyOrderReach.distances(system, staticData::neighbours));
    }

    private List<BookEntry> entries(List<MarketOrder> orders, int depth, Optional<StructureMarket> structure) {
        return orders.subList(0, Math.min(depth, orders.size())).stream().map(order -> entry(order, structure))
                .toList();
    }

    private BookEntry entry(MarketOrder order, Optional<StructureMarket> structure) {
        Optional<MapSystem> system = staticData.universe().system(order.systemId());
        String station = staticData.stationName(order.locationId()).or(() -> structure
                .filter(s -> s.structureId() == order.locationId()).map(StructureMarket::name)).orElse(null);
        return new BookEntry(order, station, system.map(MapSystem::name).orElse(null),
                system.map(MapSystem::security).orElse(null));
    }
}
