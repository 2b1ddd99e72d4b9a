package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;

/**
 * A region's whole order book on ESI, page by page, for a walk that stores as it goes. Page 1 is a cached read
 * (nothing when ESI's cache has not expired, nothing new on a 304); further pages are read concurrently within
 * ESI's rate limit, each with its Last-Modified so the walk can tell whether ESI's book changed under it.
 */
public interface RegionBookEsi {
    EsiResult<BookPage> firstPage(RegionId regionId);

    /** The pages in the order asked, read concurrently; page 1 asked here is read afresh. */
    List<BookPage> pages(RegionId regionId, List<Integer> numbers);
}
