package org.eveseat.adapter.batch.publiccontracts;

import org.eveseat.domain.contract.port.in.StoredContractsPage;

/**
 * What the page writer learnt, for the page reader of the same step: the page count is only known once a page is
 * stored, and page 1 may end the walk at once. Kept as the step's transient user data.
 */
final class PageProgress {
    private StoredContractsPage last;
    private boolean deferred;

    void stored(StoredContractsPage page) {
        last = page;
    }

    /** ESI's budget paused the walk: no more pages in this run. */
    void deferred() {
        deferred = true;
    }

    boolean walkOver() {
        return deferred || last != null && last.isLast();
    }
}
