package org.eveseat.domain.calendar.service;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.port.in.ReadCalendarEventUseCase;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Details are read when opened, not synced: a calendar of 50 events would otherwise cost 50 calls a sync. */
public class ReadCalendarEventService implements ReadCalendarEventUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final CalendarEsi esi;
    private final CalendarRepository calendar;

    public ReadCalendarEventService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens,
                                    CalendarEsi esi, CalendarRepository calendar) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.calendar = calendar;
    }

    @Override
    public CalendarEvent read(Viewer viewer, CharacterId characterId, long eventId) {
        visibility.requireVisible(viewer, characterId);
        return ReadThrough.read(() -> esi.event(characterId, eventId, accessTokens.accessTokenFor(characterId)),
                () -> calendar.event(characterId, eventId), event -> calendar.saveEvent(characterId, event),
                "event " + eventId);
    }
}
