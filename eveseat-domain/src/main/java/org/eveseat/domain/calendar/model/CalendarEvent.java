package org.eveseat.domain.calendar.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.Require;

/** A calendar event with its text, its owner and the character's own answer. */
public record CalendarEvent(long eventId, Instant date, Duration duration, String title, String text,
                            long importance, long ownerId, String ownerName, EventOwnerType ownerType,
                            EventResponse response) {
    public CalendarEvent {
        Require.positive(eventId, "event id");
        Require.present(date, "event date");
        Require.present(duration, "event duration");
        Require.present(title, "event title");
        Require.present(text, "event text");
        Require.present(ownerName, "owner name");
        Require.present(ownerType, "owner type");
        Require.present(response, "event response");
    }
}
