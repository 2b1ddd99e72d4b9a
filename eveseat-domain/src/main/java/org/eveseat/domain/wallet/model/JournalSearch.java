package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * One keyset page of a journal, newest first: entries older than {@code beforeId}, newer than {@code afterId}
 * (the page just above a cursor), or the newest when neither is given. Journal ids grow with time, so the id alone
 * is a stable cursor that never skips or repeats an entry while new ones arrive.
 */
public record JournalSearch(JournalFilter filter, Long beforeId, Long afterId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public JournalSearch {
        filter = filter == null ? JournalFilter.ALL : filter;
        Require.positiveIfPresent(beforeId, "before id");
        Require.positiveIfPresent(afterId, "after id");
        if (beforeId != null && afterId != null) {
            throw new RuleViolationException("give either before or after, not both");
        }
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static JournalSearch newest(int limit) {
        return new JournalSearch(JournalFilter.ALL, null, null, limit);
    }
}
