package org.eveseat.domain.market.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** Both sides of the stored books in memory: one unfinished walk and one current snapshot per region. */
final class InMemoryBookSnapshots implements BookSnapshotRepository, MarketBook, StationBooks {
    private record Stored(BookWalk walk, List<MarketOrder> orders) {
    }

    final Map<RegionId, Stored> unfinished = new HashMap<>();
    final Map<RegionId, Stored> current = new HashMap<>();
    final List<BookWalk> discarded = new ArrayList<>();
    final List<RegionId> confirmed = new ArrayList<>();
    int changeRecords;
    private long nextId = 1;

    @Override
    public BookWalk begin(RegionId regionId, BookPage first, Instant fetchedAt, int walks) {
        BookWalk walk = new BookWalk(regionId, nextId++, first.count(), first.lastModified(), 1, walks, fetchedAt,
                first.expires());
        unfinished.put(regionId, new Stored(walk, new ArrayList<>(first.orders())));
        return walk;
    }

    @Override
    public Optional<BookWalk> unfinished(RegionId regionId) {
        return Optional.ofNullable(unfinished.get(regionId)).map(Stored::walk);
    }

    @Override
    public void append(BookWalk walk, int pages, List<MarketOrder> orders) {
        Stored stored = unfinished.get(walk.regionId());
        if (stored == null || !stored.walk().equals(walk)) {
            throw new ConflictException("walk " + walk.snapshotId() + " moved on");
        }
        List<MarketOrder> all = new ArrayList<>(stored.orders());
        all.addAll(orders);
        unfinished.put(walk.regionId(), new Stored(walk.stored(pages), all));
    }

    @Override
    public void discard(BookWalk walk) {
        discarded.add(walk);
        unfinished.remove(walk.regionId());
    }

    @Override
    public BookSnapshot publish(BookWalk walk) {
        Stored stored = unfinished.remove(walk.regionId());
        current.put(walk.regionId(), stored);
        return snapshot(walk.regionId()).orElseThrow();
    }

    @Override
    public Map<OrderChangeKind, Long> recordChanges(RegionId regionId, Instant seenAt) {
        changeRecords++;
        return new EnumMap<>(OrderChangeKind.class);
    }

    @Override
    public void confirm(RegionId regionId, Instant expires) {
        confirmed.add(regionId);
    }

    @Override
    public Optional<RegionId> regionOfStation(long stationId) {
        return current.entrySet().stream().filter(e -> e.getValue().orders().stream()
                .anyMatch(o -> o.locationId() == stationId)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<BookSnapshot> snapshot(RegionId regionId) {
        return Optional.ofNullable(current.get(regionId)).map(s -> new BookSnapshot(regionId, s.walk().snapshotId(),
                s.walk().fetchedAt(), s.walk().expiresAt(), s.orders().size()));
    }

    @Override
    public List<MarketOrder> orders(TypeId typeId, BookScope scope) {
        Stored stored = current.get(scope.regionId());
        return stored == null ? List.of() : stored.orders().stream()
                .filter(o -> o.typeId().equals(typeId) && scope.contains(o))
                .sorted(Comparator.comparing(MarketOrder::buyOrder).thenComparing(o -> o.buyOrder()
                        ? o.price().amount().negate() : o.price().amount())).toList();
    }

    @Override
    public List<MarketOrder> sellersView(TypeId typeId, RegionId regionId, long stationId) {
        return orders(typeId, BookScope.region(regionId)).stream()
                .filter(o -> o.buyOrder() || o.locationId() == stationId).toList();
    }

    @Override
    public List<MarketOrder> stationOrders(RegionId regionId, long stationId) {
        return List.of();
    }

    @Override
    public List<OrderChange> changes(RegionId regionId, TypeId typeId, Instant after, int limit) {
        return List.of();
    }

    void store(RegionId regionId, MarketOrder... orders) {
        publish(begin(regionId, new BookPage(1, 1, List.of(orders), "stored", MarketFixtures.NOW.plusSeconds(300)),
                MarketFixtures.NOW, 1));
    }
}
