package org.eveseat.domain.calendar.port.in;

import java.util.List;

import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Who is invited to an event and how each answered: from ESI when its cache allows, otherwise as stored. */
public interface EventAttendeesQuery {
    List<EventAttendee> attendees(Viewer viewer, CharacterId characterId, long eventId);
}
