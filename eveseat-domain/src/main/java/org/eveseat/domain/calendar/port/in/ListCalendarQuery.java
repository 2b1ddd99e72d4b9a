package org.eveseat.domain.calendar.port.in;

import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** One page of a character's stored calendar; NotFound for characters the viewer may not see. */
public interface ListCalendarQuery {
    CalendarPage list(Viewer viewer, CharacterId characterId, CalendarSearch search);
}
