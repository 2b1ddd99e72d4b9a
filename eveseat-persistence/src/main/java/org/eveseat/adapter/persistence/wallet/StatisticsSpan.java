package org.eveseat.adapter.persistence.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * How a statistics range is read: the whole UTC days inside it from the daily rollups, the partial days at its
 * edges from the journal's rows; for counterparties, the whole months inside those days from the monthly rows.
 * Each part is half-open and may be empty; together they cover the range once.
 */
record StatisticsSpan(Instant from, Instant to, LocalDate firstDay, LocalDate endDay, LocalDate firstMonth,
                      LocalDate endMonth) {

    static StatisticsSpan of(Instant from, Instant to) {
        LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        if (!midnight(firstDay).equals(from)) {
            firstDay = firstDay.plusDays(1);
        }
        LocalDate endDay = LocalDate.ofInstant(to, ZoneOffset.UTC);
        if (!firstDay.isBefore(endDay)) {
            endDay = firstDay; // no whole day: the rows cover it all
        }
        LocalDate firstMonth = firstDay.getDayOfMonth() == 1 ? firstDay
                : firstDay.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate endMonth = endDay.withDayOfMonth(1);
        if (!firstMonth.isBefore(endMonth)) {
            firstMonth = endMonth = firstDay; // no whole month: the days cover it all
        }
        return new StatisticsSpan(from, to, firstDay, endDay, firstMonth, endMonth);
    }

    /** The rows' part before the first whole day. */
    Instant headEnd() {
        return firstDay.equals(endDay) ? to : min(midnight(firstDay), to);
    }

    /** The rows' part from the end of the last whole day. */
    Instant tailStart() {
        return firstDay.equals(endDay) ? to : midnight(endDay);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
