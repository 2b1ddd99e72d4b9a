package org.eveseat.domain.calendar.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's EVE calendar on ESI: upcoming events, their details and attendees, and answering invitations.
 * Reads honour ESI's cache and report it in the result.
 */
public interface CalendarEsi {
    /** The next 50 events after {@code fromEventId} (empty: the next 50 from now). */
    EsiResult<List<CalendarEventSummary>> events(CharacterId characterId, OptionalLong fromEventId,
                                                 AccessToken token);

    EsiResult<CalendarEvent> event(CharacterId characterId, long eventId, AccessToken token);

    void respond(CharacterId characterId, long eventId, EventReply reply, AccessToken token);

    EsiResult<List<EventAttendee>> attendees(CharacterId characterId, long eventId, AccessToken token);
}
