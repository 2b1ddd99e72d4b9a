package org.eveseat.adapter.esi.calendar;

/** One entry of {@code GET .../calendar/{event_id}/attendees}; both fields are optional in the spec. */
public record EventAttendeeDto(Long characterId, String eventResponse) {
}
