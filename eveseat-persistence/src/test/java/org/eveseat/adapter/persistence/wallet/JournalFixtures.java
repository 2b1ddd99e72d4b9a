package org.eveseat.adapter.persistence.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.ContextIdType;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** Deterministic journal entries: ids {@code from..to-1}, one second apart, with every field's null mixed in. */
final class JournalFixtures {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private JournalFixtures() {
    }

    static List<WalletJournalEntry> entries(long from, long to) {
        List<WalletJournalEntry> entries = new ArrayList<>((int) (to - from));
        for (long id = from; id < to; id++) {
            entries.add(entry(id));
        }
        return entries;
    }

    static WalletJournalEntry entry(long id) {
        boolean sparse = id % 5 == 0;
        return new WalletJournalEntry(id, START.plusSeconds(id), id % 2 == 0 ? JournalRefType.BOUNTY_PRIZES
                : JournalRefType.MARKET_TRANSACTION, "Entry \"" + id + "\", tab\tand\nnewline \\ é",
                sparse ? null : Isk.of((id % 1000) + ".25"), sparse ? null : Isk.of("-" + id + ".5"),
                sparse ? null : 90000000L + id % 97, sparse ? null : 1000125L, id % 3 == 0 ? "" : "reason " + id,
                sparse ? null : Isk.of("0.01"), sparse ? null : 1000132L,
                sparse ? null : new JournalContext(60003760L + id, ContextIdType.values()[(int) (id % 13)]));
    }
}
