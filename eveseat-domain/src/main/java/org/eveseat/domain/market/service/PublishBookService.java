package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RegionId;

/**
 * Makes a completely walked snapshot current (an incomplete one is refused, so readers never see part of a book),
 * then records its order changes. Changes a stopped run left unrecorded are recorded first, before the snapshot
 * they are measured against is dropped; a run restarted after its swap finds no walk and only records them.
 */
public class PublishBookService implements PublishBookUseCase {
    private final BookSnapshotRepository snapshots;
    private final MarketBook book;
    private final Clock clock;

    public PublishBookService(BookSnapshotRepository snapshots, MarketBook book, Clock clock) {
        this.snapshots = snapshots;
        this.book = book;
        this.clock = clock;
    }

    @Override
    public PublishedBook publish(RegionId regionId) {
        Instant now = clock.instant();
        Map<OrderChangeKind, Long> pending = snapshots.recordChanges(regionId, now);
        BookWalk walk = snapshots.unfinished(regionId).orElse(null);
        if (walk == null) {
            BookSnapshot current = book.snapshot(regionId).orElseThrow(() -> new ConflictException(
                    "region " + regionId + " has no walked order book to publish"));
            return published(current, pending);
        }
        if (!walk.complete()) {
            throw new ConflictException("the order book walk of region " + regionId + " stored " + walk.pagesStored()
                    + " of " + walk.pageCount() + " pages");
        }
        BookSnapshot snapshot = snapshots.publish(walk);
        return published(snapshot, snapshots.recordChanges(regionId, now));
    }

    private static PublishedBook published(BookSnapshot snapshot, Map<OrderChangeKind, Long> changes) {
        return new PublishedBook(snapshot, changes.getOrDefault(OrderChangeKind.NEW, 0L),
                changes.getOrDefault(OrderChangeKind.PRICE, 0L), changes.getOrDefault(OrderChangeKind.GONE, 0L));
    }
}
