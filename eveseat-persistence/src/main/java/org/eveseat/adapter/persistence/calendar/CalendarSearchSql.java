package org.eveseat.adapter.persistence.calendar;

import org.eveseat.adapter.persistence.PagedQuery;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.calendar.model.CalendarSearch;

/** The query of a calendar listing: the character's events from a date on, with one answer if asked. */
final class CalendarSearchSql {
    /** By date, events ESI sent without one last. */
    static final String ORDER = "event_date nulls last, event_id";

    private CalendarSearchSql() {
    }

    static PagedQuery of(long characterId, CalendarSearch search) {
        PagedQuery query = new PagedQuery("calendar_event").where("character_id = ?",
                (s, i) -> s.setLong(i, characterId));
        if (search.from() != null) {
            query.where("event_date >= ?", (s, i) -> s.setObject(i, Timestamps.toColumn(search.from())));
        }
        if (search.response() != null) {
            query.where("response = ?", (s, i) -> s.setString(i, search.response().name()));
        }
        return query;
    }
}
