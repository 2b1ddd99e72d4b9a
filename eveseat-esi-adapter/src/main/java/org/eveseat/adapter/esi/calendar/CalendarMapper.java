package org.eveseat.adapter.esi.calendar;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendarEventIdAttendees;
import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendar;
import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendarEventId;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.shared.CharacterId;

/** ESI calendar JSON to the calendar model and back. */
final class CalendarMapper {
    private CalendarMapper() {
    }

    /** Entries without an event id cannot be opened or answered, so they are dropped. */
    static List<CalendarEventSummary> summaries(CharactersCharacterIdCalendar[] dtos) {
        return Arrays.stream(dtos).filter(dto -> dto.eventId() != null)
                .map(dto -> new CalendarEventSummary(dto.eventId(), dto.eventDate(), dto.title(), dto.importance(),
                        EventResponse.fromEsi(dto.eventResponse())))
                .toList();
    }

    static CalendarEvent event(CharactersCharacterIdCalendarEventId dto) {
        return new CalendarEvent(dto.eventId(), dto.date(), Duration.ofMinutes(dto.duration()), dto.title(),
                dto.text(), dto.importance(), dto.ownerId(), dto.ownerName(), EventOwnerType.fromEsi(dto.ownerType()),
                detailResponse(dto.response()));
    }

    /** Attendees ESI could not name are dropped: an attendee is a character. */
    static List<EventAttendee> attendees(CharactersCharacterIdCalendarEventIdAttendees[] dtos) {
        return Arrays.stream(dtos).filter(dto -> dto.characterId() != null && dto.characterId() > 0)
                .map(dto -> new EventAttendee(new CharacterId(dto.characterId()),
                        EventResponse.fromEsi(dto.eventResponse())))
                .toList();
    }

    static EventReplyDto reply(EventReply reply) {
        return new EventReplyDto(reply.response().esiValue());
    }

    /**
     * The detail route's {@code response} is a free string, not the list's enum: ESI sends it capitalised
     * ({@code Accepted}) and calls an open invitation {@code Undecided}.
     */
    private static EventResponse detailResponse(String response) {
        String value = response == null ? null : response.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        return EventResponse.fromEsi("undecided".equals(value) ? EventResponse.NOT_RESPONDED.esiValue() : value);
    }
}
