package org.eveseat.adapter.batch.marketbook;

import org.eveseat.domain.market.model.BookWalk;

/** The walk as the writer left it, for the reader of the same step (the step's transient user data). */
final class BookProgress {
    private BookWalk walk;
    private boolean stopped;

    BookProgress(BookWalk walk) {
        this.walk = walk;
    }

    /** The walk to go on with, or null once it is complete or stopped. */
    BookWalk next() {
        return stopped || walk == null || walk.complete() ? null : walk;
    }

    void walked(BookWalk now) {
        walk = now;
    }

    /** ESI's budget paused the walk: no more pages in this run; the stored ones wait for the next. */
    void stop() {
        stopped = true;
    }
}
