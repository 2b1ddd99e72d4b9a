package org.eveseat.domain.market.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A type's daily trading in a region as ESI last gave it (about 400 days, oldest first), and until when that copy
 * is ESI's current one.
 */
public record MarketHistory(RegionId regionId, TypeId typeId, Instant expiresAt, List<MarketHistoryDay> days) {
    public MarketHistory {
        Require.present(regionId, "region");
        Require.present(typeId, "type id");
        Require.present(expiresAt, "expiry");
        days = Require.list(days, "days");
    }

    /**
     * Units traded per calendar day over the last {@code span} days up to the latest row (days without trade have no
     * row and count as 0), or over the days since the first row when the history is shorter.
     */
    public OptionalLong averageDailyVolume(int span) {
        if (days.isEmpty()) {
            return OptionalLong.empty();
        }
        LocalDate last = days.get(days.size() - 1).date();
        LocalDate first = days.get(0).date();
        LocalDate from = first.isAfter(last.minusDays(span - 1L)) ? first : last.minusDays(span - 1L);
        long total = days.stream().filter(day -> !day.date().isBefore(from)).mapToLong(MarketHistoryDay::volume).sum();
        return OptionalLong.of(Math.round((double) total / (ChronoUnit.DAYS.between(from, last) + 1)));
    }
}
