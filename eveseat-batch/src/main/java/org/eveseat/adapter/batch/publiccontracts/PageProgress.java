package org.eveseat.adapter.batch.publiccontracts;

import org.eveseat.domain.contract.port.in.StoredContractsPage;

/**
 * What the page writer learnt, for the page reader of the same step: the page count is only known once a page is
 * stored, and page 1 may end the walk at once. Kept as the step's transient user data.
 */
final class PageProgress {
    private StoredContractsPage last;

    void stored(StoredContractsPage page) {
        last = page;
    }

    boolean walkOver() {
        return last != null && last.isLast();
    }
}
