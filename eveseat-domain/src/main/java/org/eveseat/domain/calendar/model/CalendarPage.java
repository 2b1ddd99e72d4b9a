package org.eveseat.domain.calendar.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of stored calendar events and how many match the search in all. */
public record CalendarPage(List<CalendarEventSummary> events, long total) {
    public CalendarPage {
        events = Require.list(events, "events");
        Require.notNegative(total, "total");
    }
}
