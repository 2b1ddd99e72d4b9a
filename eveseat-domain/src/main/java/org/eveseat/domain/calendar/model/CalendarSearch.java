package org.eveseat.domain.calendar.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * Which stored events to list: from a date on (null: all, past ones too) and with one answer (null: any), by
 * date then event id, one page of {@code limit} from {@code offset}.
 */
public record CalendarSearch(Instant from, EventResponse response, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public CalendarSearch {
        Require.notNegative(offset, "offset");
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static CalendarSearch all() {
        return new CalendarSearch(null, null, 0, DEFAULT_LIMIT);
    }
}
