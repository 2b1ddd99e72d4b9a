package org.eveseat.domain.calendar.port.in;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/**
 * One calendar event with its details: read from ESI when ESI's cache allows and stored, otherwise (or when ESI
 * fails) the stored copy.
 */
public interface ReadCalendarEventUseCase {
    CalendarEvent read(Viewer viewer, CharacterId characterId, long eventId);
}
