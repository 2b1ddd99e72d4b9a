package org.eveseat.domain.market.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.port.in.StoreBookPagesUseCase;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * Stores a walk's next pages. A page of another ESI snapshot than page 1 (another Last-Modified or page count, or a
 * page that no longer exists) means ESI's book changed under the walk: the unfinished snapshot is dropped and the
 * walk starts over from a fresh page 1, at most {@link #MAX_WALKS} times; then the sync fails and the current
 * snapshot stays as it was. A stored snapshot is therefore always one ESI snapshot, never a mix.
 */
public class StoreBookPagesService implements StoreBookPagesUseCase {
    public static final int MAX_WALKS = 3;

    private final RegionBookEsi esi;
    private final BookSnapshotRepository snapshots;
    private final Clock clock;

    public StoreBookPagesService(RegionBookEsi esi, BookSnapshotRepository snapshots, Clock clock) {
        this.esi = esi;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public BookWalk store(BookWalk walk, int max) {
        List<Integer> numbers = walk.nextPages(max);
        if (numbers.isEmpty()) {
            return walk;
        }
        List<BookPage> pages;
        try {
            pages = esi.pages(walk.regionId(), numbers);
        } catch (NotFoundException shrunk) {
            return walkAgain(walk);
        }
        List<MarketOrder> orders = new ArrayList<>();
        for (BookPage page : pages) {
            if (!walk.sameSnapshot(page)) {
                return walkAgain(walk);
            }
            orders.addAll(page.orders());
        }
        snapshots.append(walk, pages.size(), orders);
        return walk.stored(pages.size());
    }

    private BookWalk walkAgain(BookWalk walk) {
        snapshots.discard(walk);
        if (walk.walks() >= MAX_WALKS) {
            throw new UpstreamUnavailableException("the order book of region " + walk.regionId() + " changed during "
                    + MAX_WALKS + " walks; the stored book stays as it was");
        }
        BookPage first = esi.pages(walk.regionId(), List.of(1)).get(0);
        return snapshots.begin(walk.regionId(), first, clock.instant(), walk.walks() + 1);
    }
}
