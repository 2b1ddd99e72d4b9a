package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;

/**
 * Reads the walk's next page from ESI. The walk is done after the last page, after a page that reaches entries
 * stored before the walk began, or at once when ESI's cache says nothing changed. Failures are thrown, so the
 * job that drives the walk fails and can be restarted from its checkpoint.
 */
public interface ReadJournalPageUseCase {
    JournalStep read(JournalWalk walk);
}
