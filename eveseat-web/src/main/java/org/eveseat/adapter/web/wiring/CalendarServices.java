package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eveseat.domain.calendar.port.in.EventAttendeesQuery;
import org.eveseat.domain.calendar.port.in.ListCalendarQuery;
import org.eveseat.domain.calendar.port.in.ReadCalendarEventUseCase;
import org.eveseat.domain.calendar.port.in.RespondToEventUseCase;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.calendar.service.ListCalendarService;
import org.eveseat.domain.calendar.service.ListEventAttendeesService;
import org.eveseat.domain.calendar.service.ReadCalendarEventService;
import org.eveseat.domain.calendar.service.RespondToEventService;
import org.eveseat.domain.calendar.service.SyncCalendarService;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;

/** Builds the calendar feature's use cases from its adapters (ESI, JDBC storage). */
@ApplicationScoped
public class CalendarServices {
    /** Where the calendar sync announces invites. */
    @Inject
    EventPublisher events;

    @Produces
    @Singleton
    SyncCalendarUseCase syncCalendar(AccessTokenQuery tokens, CalendarEsi esi, CalendarRepository calendar) {
        return new SyncCalendarService(tokens, esi, calendar, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ListCalendarQuery listCalendar(CharacterVisibilityQuery visibility, CalendarRepository calendar) {
        return new ListCalendarService(visibility, calendar);
    }

    @Produces
    @Singleton
    ReadCalendarEventUseCase readCalendarEvent(CharacterVisibilityQuery visibility, AccessTokenQuery tokens,
                                               CalendarEsi esi, CalendarRepository calendar) {
        return new ReadCalendarEventService(visibility, tokens, esi, calendar);
    }

    @Produces
    @Singleton
    RespondToEventUseCase respondToEvent(CharacterVisibilityQuery visibility, AccessTokenQuery tokens,
                                         CalendarEsi esi, CalendarRepository calendar) {
        return new RespondToEventService(visibility, tokens, esi, calendar);
    }

    @Produces
    @Singleton
    EventAttendeesQuery eventAttendees(CharacterVisibilityQuery visibility, AccessTokenQuery tokens,
                                       CalendarEsi esi, CalendarRepository calendar) {
        return new ListEventAttendeesService(visibility, tokens, esi, calendar);
    }
}
