package org.eveseat.domain.calendar.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/** A calendar event as the calendar lists it; fields ESI leaves out are null. */
public record CalendarEventSummary(long eventId, Instant date, String title, Long importance,
                                   EventResponse response) {
    public CalendarEventSummary {
        Require.positive(eventId, "event id");
    }
}
