package org.eveseat.domain.market.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.RegionId;

/**
 * The hub stations' books laid out as ladders, each kept with the snapshot it was read from. Reading a hub's book
 * (a quarter of a million orders at Jita) costs more than all the pricing of a search, so it is done once per
 * snapshot: right after the swap by the node that published it ({@link #refresh}), else by the first search that
 * finds a newer snapshot. A swap between the two reads below only makes the next search read the book again.
 */
final class HubLadders {
    private final MarketBook book;
    private final Map<TradeHub, Laid> laid = new ConcurrentHashMap<>();

    /** A hub's book laid out as ladders, with the snapshot it was read from. */
    private record Laid(long snapshotId, StationBook book) {
    }

    HubLadders(MarketBook book) {
        this.book = book;
    }

    /** The hub's ladders of its region's current snapshot (empty while the region has none). */
    StationBook of(TradeHub hub) {
        Optional<BookSnapshot> snapshot = book.snapshot(hub.regionId());
        if (snapshot.isEmpty()) {
            return StationBook.of(List.of());
        }
        Laid current = laid.get(hub);
        if (current == null || current.snapshotId() != snapshot.get().snapshotId()) {
            current = new Laid(snapshot.get().snapshotId(),
                    StationBook.of(book.stationLevels(hub.regionId(), hub.stationId())));
            laid.put(hub, current);
        }
        return current.book();
    }

    /** Lays out the books of the region's hubs for its current snapshot, ahead of the next search. */
    void refresh(RegionId regionId) {
        TradeHub.ALL.stream().filter(hub -> hub.regionId().equals(regionId)).forEach(this::of);
    }
}
