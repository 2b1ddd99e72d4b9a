package org.eveseat.adapter.esi.calendar;

import java.time.Instant;

/** One entry of {@code GET /characters/{character_id}/calendar}; every field is optional in the spec. */
public record CalendarEventSummaryDto(Long eventId, Instant eventDate, String title, Long importance,
                                      String eventResponse) {
}
