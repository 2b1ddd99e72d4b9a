package org.eveseat.domain.wallet.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Keeps the wallet journals beyond ESI's 30 days. Entries never change once written, and a sync re-reads pages it
 * already has, so storing is an idempotent insert keyed by owner and journal id rather than a save.
 */
public interface WalletJournalRepository {
    /** Stores the entries not yet known for this owner and returns how many were new. */
    int insertNew(JournalOwner owner, List<WalletJournalEntry> entries);

    OptionalLong newestId(JournalOwner owner);

    long count(JournalOwner owner);

    /** Up to {@code limit} entries, newest (highest id) first. */
    List<WalletJournalEntry> newest(JournalOwner owner, int limit);
}
