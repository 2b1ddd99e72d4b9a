package org.eveseat.domain.market.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.shared.RegionId;

/**
 * The write side of the region order books. A walk fills a snapshot readers cannot see, page by page, its progress
 * kept with the rows so that a later run goes on where a stopped one ended; publishing makes it the region's current
 * snapshot in one transaction (readers see the old book or the new one) and drops older snapshots; the order
 * changes against the book it replaced are recorded right after, once.
 */
public interface BookSnapshotRepository {
    /** Starts a snapshot of the region with page 1 stored; any unfinished snapshot of the region is dropped. */
    BookWalk begin(RegionId regionId, BookPage first, Instant fetchedAt, int walks);

    /** The region's unfinished snapshot, if a run left one. */
    Optional<BookWalk> unfinished(RegionId regionId);

    /** Adds the orders of the next {@code pages} pages to the unfinished snapshot, with its progress. */
    void append(BookWalk walk, int pages, List<MarketOrder> orders);

    /** Drops an unfinished snapshot; the current one stays as it is. */
    void discard(BookWalk walk);

    /** Makes a complete snapshot current and the current one previous, and drops older ones. */
    BookSnapshot publish(BookWalk walk);

    /**
     * Records the order changes of the region's current snapshot against the previous one, if not yet recorded
     * (none for a region's first snapshot); answers how many of each kind.
     */
    Map<OrderChangeKind, Long> recordChanges(RegionId regionId, Instant seenAt);

    /** ESI confirmed the current book (304): it stays, cached until {@code expires}. */
    void confirm(RegionId regionId, Instant expires);

    /** The region whose current snapshot has orders at the station. */
    Optional<RegionId> regionOfStation(long stationId);
}
