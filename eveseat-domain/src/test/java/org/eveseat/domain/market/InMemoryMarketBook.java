package org.eveseat.domain.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Region order books in memory: {@link #replace} swaps a region's whole snapshot, as the stored books do, so a
 * reader sees one snapshot or the next. Changes are recorded by the caller ({@link #record}).
 */
public class InMemoryMarketBook implements MarketBook {
    private record Book(BookSnapshot snapshot, List<MarketOrder> orders) {
    }

    private final Map<RegionId, Book> books = new ConcurrentHashMap<>();
    private final List<Change> changes = new ArrayList<>();

    private record Change(RegionId regionId, OrderChange change) {
    }

    /** Makes the orders the region's current snapshot. */
    public void replace(RegionId regionId, List<MarketOrder> orders, Instant fetchedAt, Instant expiresAt) {
        long id = books.containsKey(regionId) ? books.get(regionId).snapshot().snapshotId() + 1 : 1;
        books.put(regionId, new Book(new BookSnapshot(regionId, id, fetchedAt, expiresAt, orders.size()),
                List.copyOf(orders)));
    }

    public void replace(RegionId regionId, List<MarketOrder> orders) {
        Instant now = Instant.now();
        replace(regionId, orders, now, now.plusSeconds(300));
    }

    public synchronized void record(RegionId regionId, OrderChange change) {
        changes.add(new Change(regionId, change));
    }

    @Override
    public Optional<BookSnapshot> snapshot(RegionId regionId) {
        return Optional.ofNullable(books.get(regionId)).map(Book::snapshot);
    }

    @Override
    public List<MarketOrder> orders(TypeId typeId, BookScope scope) {
        Comparator<MarketOrder> byPrice = Comparator.comparing(order -> order.price().amount());
        List<MarketOrder> inScope = ordersOf(scope.regionId()).stream()
                .filter(order -> order.typeId().equals(typeId) && scope.contains(order)).toList();
        List<MarketOrder> sorted = new ArrayList<>(inScope.stream().filter(o -> !o.buyOrder()).sorted(byPrice).toList());
        sorted.addAll(inScope.stream().filter(MarketOrder::buyOrder).sorted(byPrice.reversed()).toList());
        return sorted;
    }

    @Override
    public List<MarketOrder> stationOrders(RegionId regionId, long stationId) {
        return ordersOf(regionId).stream().filter(order -> order.locationId() == stationId).toList();
    }

    @Override
    public synchronized List<OrderChange> changes(RegionId regionId, TypeId typeId, Instant after, int limit) {
        return changes.stream().filter(c -> c.regionId().equals(regionId) && c.change().typeId().equals(typeId)
                        && c.change().seenAt().isAfter(after))
                .map(Change::change).sorted(Comparator.comparing(OrderChange::seenAt).reversed()).limit(limit)
                .toList();
    }

    private List<MarketOrder> ordersOf(RegionId regionId) {
        Book book = books.get(regionId);
        return book == null ? List.of() : book.orders();
    }
}
