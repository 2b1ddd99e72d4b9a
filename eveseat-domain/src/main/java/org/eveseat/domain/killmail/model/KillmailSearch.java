package org.eveseat.domain.killmail.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * One keyset page of killmails, newest first: older than {@code beforeId}, newer than {@code afterId}, or the
 * newest. ESI hands out killmail ids in the order kills happen, so the id is a stable cursor.
 */
public record KillmailSearch(KillmailFilter filter, Long beforeId, Long afterId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public KillmailSearch {
        filter = filter == null ? KillmailFilter.ALL : filter;
        Require.positiveIfPresent(beforeId, "before id");
        Require.positiveIfPresent(afterId, "after id");
        if (beforeId != null && afterId != null) {
            throw new RuleViolationException("give either before or after, not both");
        }
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static KillmailSearch newest(int limit) {
        return new KillmailSearch(KillmailFilter.ALL, null, null, limit);
    }
}
