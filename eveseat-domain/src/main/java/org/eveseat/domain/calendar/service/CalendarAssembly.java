package org.eveseat.domain.calendar.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.calendar.port.in.EventAttendeesQuery;
import org.eveseat.domain.calendar.port.in.ListCalendarQuery;
import org.eveseat.domain.calendar.port.in.ReadCalendarEventUseCase;
import org.eveseat.domain.calendar.port.in.RespondToEventUseCase;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;

/** Builds the calendar feature: its sync, listing, reading and answering of events. */
public final class CalendarAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncCalendarUseCase.class,
                wiring -> new SyncCalendarService(wiring.get(AccessTokenQuery.class), wiring.get(CalendarEsi.class),
                wiring.get(CalendarRepository.class), wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(ListCalendarQuery.class,
                wiring -> new ListCalendarService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CalendarRepository.class)));
        catalogue.add(ReadCalendarEventUseCase.class,
                wiring -> new ReadCalendarEventService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(CalendarEsi.class),
                wiring.get(CalendarRepository.class)));
        catalogue.add(RespondToEventUseCase.class,
                wiring -> new RespondToEventService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(CalendarEsi.class),
                wiring.get(CalendarRepository.class)));
        catalogue.add(EventAttendeesQuery.class,
                wiring -> new ListEventAttendeesService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(CalendarEsi.class),
                wiring.get(CalendarRepository.class)));
    }
}
