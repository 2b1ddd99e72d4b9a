package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.calendar.port.in.EventAttendeesQuery;
import org.eveseat.domain.calendar.port.in.ListCalendarQuery;
import org.eveseat.domain.calendar.port.in.ReadCalendarEventUseCase;
import org.eveseat.domain.calendar.port.in.RespondToEventUseCase;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;

/**
 * The use cases of the calendar feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class CalendarServices {
    @Produces
    @Singleton
    SyncCalendarUseCase syncCalendar(EveSeatDomain domain) {
        return domain.get(SyncCalendarUseCase.class);
    }

    @Produces
    @Singleton
    ListCalendarQuery listCalendar(EveSeatDomain domain) {
        return domain.get(ListCalendarQuery.class);
    }

    @Produces
    @Singleton
    ReadCalendarEventUseCase readCalendarEvent(EveSeatDomain domain) {
        return domain.get(ReadCalendarEventUseCase.class);
    }

    @Produces
    @Singleton
    RespondToEventUseCase respondToEvent(EveSeatDomain domain) {
        return domain.get(RespondToEventUseCase.class);
    }

    @Produces
    @Singleton
    EventAttendeesQuery eventAttendees(EveSeatDomain domain) {
        return domain.get(EventAttendeesQuery.class);
    }
}
