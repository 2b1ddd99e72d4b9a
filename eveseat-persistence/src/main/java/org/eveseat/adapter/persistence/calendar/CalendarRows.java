package org.eveseat.adapter.persistence.calendar;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventResponse;

/** Columns, statements and row mapping of stored calendar events. */
final class CalendarRows {
    static final String LISTED = "event_id, event_date, title, importance, response";
    static final String DETAILS = LISTED + ", duration_minutes, event_text, owner_id, owner_name, owner_type";
    static final String UPSERT_LISTED = "insert into calendar_event (character_id, " + LISTED + ") values "
            + "(?, ?, ?, ?, ?, ?) on conflict (character_id, event_id) do update set event_date = excluded.event_date, "
            + "title = excluded.title, importance = excluded.importance, response = excluded.response";
    static final String UPSERT_DETAILS = "insert into calendar_event (character_id, " + DETAILS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (character_id, event_id) do update set "
            + "event_date = excluded.event_date, title = excluded.title, importance = excluded.importance, "
            + "response = excluded.response, duration_minutes = excluded.duration_minutes, "
            + "event_text = excluded.event_text, owner_id = excluded.owner_id, owner_name = excluded.owner_name, "
            + "owner_type = excluded.owner_type";

    private CalendarRows() {
    }

    static void bindListed(PreparedStatement s, long characterId, CalendarEventSummary event) throws SQLException {
        s.setLong(1, characterId);
        s.setLong(2, event.eventId());
        s.setObject(3, event.date() == null ? null : Timestamps.toColumn(event.date()));
        s.setString(4, event.title());
        s.setObject(5, event.importance());
        s.setString(6, event.response() == null ? null : event.response().name());
    }

    static void bindDetails(PreparedStatement s, long characterId, CalendarEvent event) throws SQLException {
        bindListed(s, characterId, new CalendarEventSummary(event.eventId(), event.date(), event.title(),
                event.importance(), event.response()));
        s.setLong(7, event.duration().toMinutes());
        s.setString(8, event.text());
        s.setLong(9, event.ownerId());
        s.setString(10, event.ownerName());
        s.setString(11, event.ownerType().name());
    }

    static CalendarEventSummary listed(ResultSet rs) throws SQLException {
        OffsetDateTime date = rs.getObject(2, OffsetDateTime.class);
        String response = rs.getString(5);
        return new CalendarEventSummary(rs.getLong(1), date == null ? null : Timestamps.fromColumn(date),
                rs.getString(3), (Long) rs.getObject(4), response == null ? null : EventResponse.valueOf(response));
    }

    /** An event from {@link #DETAILS}, or null while its details were never stored. */
    static CalendarEvent details(ResultSet rs) throws SQLException {
        if (rs.getString(7) == null) {
            return null;
        }
        CalendarEventSummary listed = listed(rs);
        return new CalendarEvent(listed.eventId(), listed.date(), Duration.ofMinutes(rs.getLong(6)), listed.title(),
                rs.getString(7), listed.importance(), rs.getLong(8), rs.getString(9),
                EventOwnerType.valueOf(rs.getString(10)), listed.response());
    }
}
