package org.eveseat.domain.market.service;

import java.time.Clock;

import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RegionId;

/** Makes a completely walked snapshot current; an incomplete one is refused, so readers never see part of a book. */
public class PublishBookService implements PublishBookUseCase {
    private final BookSnapshotRepository snapshots;
    private final Clock clock;

    public PublishBookService(BookSnapshotRepository snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public PublishedBook publish(RegionId regionId) {
        BookWalk walk = snapshots.unfinished(regionId).orElseThrow(() -> new ConflictException(
                "region " + regionId + " has no walked order book to publish"));
        if (!walk.complete()) {
            throw new ConflictException("the order book walk of region " + regionId + " stored " + walk.pagesStored()
                    + " of " + walk.pageCount() + " pages");
        }
        return snapshots.publish(walk, clock.instant());
    }
}
