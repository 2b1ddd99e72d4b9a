package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import org.eveseat.domain.event.port.out.EventPublisher;
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
 * A new snapshot is announced on the live feed ({@link BookEvents}), and its hubs' books are laid out for the trade
 * routes at once, so that no search pays for reading them.
 */
public class PublishBookService implements PublishBookUseCase {
    private static final System.Logger LOG = System.getLogger(PublishBookService.class.getName());
    private final BookSnapshotRepository snapshots;
    private final MarketBook book;
    private final EventPublisher events;
    private final Clock clock;
    private final Consumer<RegionId> afterSwap;

    /** Without trade routes to prepare. */
    public PublishBookService(BookSnapshotRepository snapshots, MarketBook book, EventPublisher events, Clock clock) {
        this(snapshots, book, events, clock, region -> { });
    }

    /** Laying out the hubs' ladders of each region it swaps (see {@link MarketBookAssembly}). */
    PublishBookService(BookSnapshotRepository snapshots, MarketBook book, EventPublisher events, Clock clock,
                       HubLadders ladders) {
        this(snapshots, book, events, clock, ladders::refresh);
    }

    private PublishBookService(BookSnapshotRepository snapshots, MarketBook book, EventPublisher events,
                               Clock clock, Consumer<RegionId> afterSwap) {
        this.snapshots = snapshots;
        this.book = book;
        this.events = events;
        this.clock = clock;
        this.afterSwap = afterSwap;
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
        PublishedBook published = published(snapshot, snapshots.recordChanges(regionId, now));
        events.publish(BookEvents.published(published, now));
        prepare(regionId);
        return published;
    }

    /** The swap is done whatever happens here: a search after a failure reads the book itself. */
    private void prepare(RegionId regionId) {
        try {
            afterSwap.accept(regionId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "laying out the hub books of region " + regionId + " failed", e);
        }
    }

    private static PublishedBook published(BookSnapshot snapshot, Map<OrderChangeKind, Long> changes) {
        return new PublishedBook(snapshot, changes.getOrDefault(OrderChangeKind.NEW, 0L),
                changes.getOrDefault(OrderChangeKind.PRICE, 0L), changes.getOrDefault(OrderChangeKind.GONE, 0L));
    }
}
