package org.eveseat.adapter.esi.calendar;

/** The body of {@code PUT /characters/{character_id}/calendar/{event_id}}. */
public record EventReplyDto(String response) {
}
