package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.wallet.model.JournalStep;

/**
 * Stores a page's entries not yet known for the owner, and how far the walk got, together: storing the same page
 * again changes nothing, and a walk resumed later starts after the last page stored.
 */
public interface StoreJournalEntriesUseCase {
    /** @return how many of the entries were new */
    int store(JournalStep step);
}
