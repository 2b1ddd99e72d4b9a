package org.eveseat.domain.wallet.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * What wallet statistics cover: a half-open date range of at most about two years, the time buckets, and how many
 * top counterparties to name.
 */
public record StatisticsRange(Instant from, Instant to, Period period, int top) {
    public static final Duration LONGEST = Duration.ofDays(800);

    public StatisticsRange {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(period, "period");
        if (!from.isBefore(to)) {
            throw new RuleViolationException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new RuleViolationException("the range must span at most " + LONGEST.toDays() + " days");
        }
        Require.between(top, 1, 100, "top");
    }
}
