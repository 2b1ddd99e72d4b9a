package org.eveseat.domain.wallet.model;

import java.util.List;

/** One page's entries of a journal walk and where the walk stands after it. */
public record JournalStep(List<WalletJournalEntry> entries, JournalWalk walk) {
    public JournalStep {
        entries = List.copyOf(entries);
    }
}
