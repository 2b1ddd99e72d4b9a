package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;

/** A journal entry as listed: with the names of its parties, null while a name is not known. */
public record JournalLine(WalletJournalEntry entry, String firstPartyName, String secondPartyName) {
    public JournalLine {
        Require.present(entry, "journal entry");
    }
}
