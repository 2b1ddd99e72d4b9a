package org.eveseat.adapter.esi.calendar;

import java.time.Instant;

/** {@code GET /characters/{character_id}/calendar/{event_id}}; {@code duration} is in minutes. */
public record CalendarEventDto(long eventId, Instant date, long duration, String title, String text,
                               long importance, long ownerId, String ownerName, String ownerType, String response) {
}
