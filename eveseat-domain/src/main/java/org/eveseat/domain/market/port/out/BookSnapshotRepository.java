package org.eveseat.domain.market.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.shared.RegionId;

/**
 * The write side of the region order books. A walk fills a snapshot readers cannot see, page by page, its progress
 * kept with the rows so that a later run goes on where a stopped one ended; publishing makes it the region's current
 * snapshot in one transaction (readers see the old book or the new one), records the order changes against the
 * book it replaces and drops older snapshots.
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

    /** Makes a complete snapshot current, records the changes against the one before and drops older ones. */
    PublishedBook publish(BookWalk walk, Instant seenAt);

    /** ESI confirmed the current book (304): it stays, cached until {@code expires}. */
    void confirm(RegionId regionId, Instant expires);

    /** The region whose current snapshot has orders at the station. */
    Optional<RegionId> regionOfStation(long stationId);
}
