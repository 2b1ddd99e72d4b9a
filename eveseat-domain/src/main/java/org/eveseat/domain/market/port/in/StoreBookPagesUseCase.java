package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.BookWalk;

/**
 * Reads the walk's next pages (at most {@code max}, concurrently) and stores them. Answers the walk as it now
 * stands: further on, or started over from page 1 when ESI's book changed under it.
 */
public interface StoreBookPagesUseCase {
    BookWalk store(BookWalk walk, int max);
}
