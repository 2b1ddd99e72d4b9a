package org.eveseat.domain.wallet.model;

import java.time.Instant;
import java.util.Set;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Which journal entries to list; every part is optional and they combine. The date range is half open
 * ({@code from} included, {@code to} not); the counterparty matches either party of an entry.
 */
public record JournalFilter(Set<JournalRefType> refTypes, Instant from, Instant to, Isk minAmount, Isk maxAmount,
                            Long counterpartyId) {
    public static final JournalFilter ALL = new JournalFilter(Set.of(), null, null, null, null, null);

    public JournalFilter {
        refTypes = Require.set(refTypes, 0, 50, "ref types");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolationException("from must be before to");
        }
        if (minAmount != null && maxAmount != null && minAmount.amount().compareTo(maxAmount.amount()) > 0) {
            throw new RuleViolationException("minAmount must not be above maxAmount");
        }
        Require.positiveIfPresent(counterpartyId, "counterparty id");
    }
}
