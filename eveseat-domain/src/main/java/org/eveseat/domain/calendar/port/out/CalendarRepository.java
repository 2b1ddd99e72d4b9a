package org.eveseat.domain.calendar.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.shared.CharacterId;

/**
 * The stored calendar of each character: the events ESI listed (kept after they are past, as a history), the
 * details and attendees of those that were opened, and the character's own answers.
 */
public interface CalendarRepository {
    /** Inserts new events and refreshes the listed fields of known ones, keeping their details. */
    void saveListed(CharacterId characterId, List<CalendarEventSummary> events);

    /** Which of these events are stored for the character already. */
    Set<Long> known(CharacterId characterId, Set<Long> eventIds);

    /** Removes events dated from {@code from} on that are not in {@code listed}: EVE no longer shows them. */
    void removeUnlisted(CharacterId characterId, Set<Long> listed, Instant from);

    CalendarPage search(CharacterId characterId, CalendarSearch search);

    /** The event with its details, if they were ever stored. */
    Optional<CalendarEvent> event(CharacterId characterId, long eventId);

    void saveEvent(CharacterId characterId, CalendarEvent event);

    /** The stored attendees of the event: empty if they were never read. */
    List<EventAttendee> attendees(CharacterId characterId, long eventId);

    void saveAttendees(CharacterId characterId, long eventId, List<EventAttendee> attendees);

    /** Records the character's answer on the event and on its own attendee entry. */
    void saveResponse(CharacterId characterId, long eventId, EventResponse response);
}
