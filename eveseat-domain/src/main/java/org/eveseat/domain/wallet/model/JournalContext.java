package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;

/** The thing a journal entry is about (a market transaction, a contract, an industry job, ...). */
public record JournalContext(long id, ContextIdType type) {
    public JournalContext {
        Require.present(type, "context id type");
    }
}
