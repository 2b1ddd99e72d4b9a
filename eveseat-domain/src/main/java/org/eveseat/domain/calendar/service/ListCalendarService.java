package org.eveseat.domain.calendar.service;

import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.port.in.ListCalendarQuery;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Lists stored events; never calls ESI. */
public class ListCalendarService implements ListCalendarQuery {
    private final CharacterVisibilityQuery visibility;
    private final CalendarRepository calendar;

    public ListCalendarService(CharacterVisibilityQuery visibility, CalendarRepository calendar) {
        this.visibility = visibility;
        this.calendar = calendar;
    }

    @Override
    public CalendarPage list(Viewer viewer, CharacterId characterId, CalendarSearch search) {
        visibility.requireVisible(viewer, characterId);
        return calendar.search(characterId, search);
    }
}
