package org.eveseat.domain.wallet.port.out;

import java.util.Optional;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;

/**
 * Remembers how far the last journal walk of each owner got, written in the same transaction as the page's
 * entries. A walk whose node died mid-way is picked up from here by the next one, on whichever node runs it.
 */
public interface JournalWalkRepository {
    Optional<JournalWalk> unfinished(JournalOwner owner);

    void save(JournalWalk walk);
}
