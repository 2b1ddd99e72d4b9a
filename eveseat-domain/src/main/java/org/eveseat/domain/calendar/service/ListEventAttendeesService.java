package org.eveseat.domain.calendar.service;

import java.util.List;
import java.util.Optional;

import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.port.in.EventAttendeesQuery;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Attendees are read when asked for (ESI caches them ten minutes) and stored for when ESI cannot answer. */
public class ListEventAttendeesService implements EventAttendeesQuery {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final CalendarEsi esi;
    private final CalendarRepository calendar;

    public ListEventAttendeesService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens,
                                     CalendarEsi esi, CalendarRepository calendar) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.calendar = calendar;
    }

    @Override
    public List<EventAttendee> attendees(Viewer viewer, CharacterId characterId, long eventId) {
        visibility.requireVisible(viewer, characterId);
        return ReadThrough.read(() -> esi.attendees(characterId, eventId, accessTokens.accessTokenFor(characterId)),
                () -> Optional.of(calendar.attendees(characterId, eventId)).filter(stored -> !stored.isEmpty()),
                attendees -> calendar.saveAttendees(characterId, eventId, attendees), "attendees of event " + eventId);
    }
}
