package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** One keyset page of market transactions, newest first, paged by transaction id like the journal. */
public record TransactionSearch(Long beforeId, Long afterId, int limit) {
    public TransactionSearch {
        Require.positiveIfPresent(beforeId, "before id");
        Require.positiveIfPresent(afterId, "after id");
        if (beforeId != null && afterId != null) {
            throw new RuleViolationException("give either before or after, not both");
        }
        Require.between(limit, 1, JournalSearch.MAX_LIMIT, "limit");
    }
}
