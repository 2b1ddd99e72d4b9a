package org.eveseat.domain.wallet.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/**
 * One line of a character's or corporation division's wallet journal. The parties are characters, corporations or
 * other entities depending on the ref type; fields ESI leaves out for a ref type are null.
 */
public record WalletJournalEntry(long id, Instant date, JournalRefType refType, String description, Isk amount,
                                 Isk balance, Long firstPartyId, Long secondPartyId, String reason, Isk tax,
                                 Long taxReceiverId, JournalContext context) {
    public WalletJournalEntry {
        Require.positive(id, "journal entry id");
        Require.present(date, "journal entry date");
        Require.present(refType, "journal ref type");
        Require.present(description, "journal entry description");
    }
}
