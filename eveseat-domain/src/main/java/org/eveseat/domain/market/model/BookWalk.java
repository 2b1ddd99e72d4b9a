package org.eveseat.domain.market.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * A walk over a region's order book pages into a snapshot that readers do not see yet: which ESI snapshot it reads
 * (page 1's Last-Modified and page count), how many pages are stored, and how many walks it took (a walk starts
 * over when ESI's book changes under it).
 */
public record BookWalk(RegionId regionId, long snapshotId, int pageCount, String lastModified, int pagesStored,
                       int walks, Instant fetchedAt, Instant expiresAt) {
    public BookWalk {
        Require.present(regionId, "region id");
        Require.positive(snapshotId, "snapshot id");
        Require.positive(pageCount, "page count");
        Require.between(pagesStored, 0, pageCount, "pages stored");
        Require.positive(walks, "walks");
        Require.present(fetchedAt, "fetched at");
        Require.present(expiresAt, "expires at");
    }

    public boolean complete() {
        return pagesStored == pageCount;
    }

    /** The next pages to store, at most {@code max} of them. */
    public List<Integer> nextPages(int max) {
        return IntStream.rangeClosed(pagesStored + 1, Math.min(pageCount, pagesStored + max)).boxed().toList();
    }

    /** Whether the page belongs to the same ESI snapshot as page 1 of this walk. */
    public boolean sameSnapshot(BookPage page) {
        return page.count() == pageCount && Objects.equals(page.lastModified(), lastModified);
    }

    public BookWalk stored(int pages) {
        return new BookWalk(regionId, snapshotId, pageCount, lastModified, pagesStored + pages, walks, fetchedAt,
                expiresAt);
    }
}
