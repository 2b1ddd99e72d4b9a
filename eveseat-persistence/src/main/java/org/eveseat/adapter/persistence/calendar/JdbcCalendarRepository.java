package org.eveseat.adapter.persistence.calendar;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.PagedQuery;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.shared.CharacterId;

/**
 * Calendars in plain JDBC: listed fields and details share one row per character and event, so a sync refreshing
 * the list keeps the details an earlier read stored; attendees hang off the event and go with it.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcCalendarRepository extends JdbcRepository implements CalendarRepository {
    private static final String OF_EVENT = " where character_id = ? and event_id = ?";


    protected JdbcCalendarRepository() {
        // for CDI
    }

    public JdbcCalendarRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void saveListed(CharacterId characterId, List<CalendarEventSummary> events) {
        sql().batch(CalendarRows.UPSERT_LISTED, events, (s, e) -> CalendarRows.bindListed(s, characterId.value(), e));
    }

    @Override
    public Set<Long> known(CharacterId characterId, Set<Long> eventIds) {
        return new HashSet<>(sql().query("select event_id from calendar_event where character_id = ? "
                + "and event_id = any(?)", s -> {
                    s.setLong(1, characterId.value());
                    s.setArray(2, s.getConnection().createArrayOf("bigint", eventIds.toArray(Long[]::new)));
                }, rs -> rs.getLong(1)));
    }

    @Override
    public void removeUnlisted(CharacterId characterId, Set<Long> listed, Instant from) {
        sql().update("delete from calendar_event where character_id = ? and event_date >= ? "
                + "and not (event_id = any(?))", s -> {
                    s.setLong(1, characterId.value());
                    s.setObject(2, Timestamps.toColumn(from));
                    s.setArray(3, s.getConnection().createArrayOf("bigint", listed.toArray(Long[]::new)));
                });
    }

    @Override
    public CalendarPage search(CharacterId characterId, CalendarSearch search) {
        PagedQuery query = CalendarSearchSql.of(characterId.value(), search);
        return new CalendarPage(query.page(sql(), CalendarRows.LISTED, CalendarSearchSql.ORDER, search.offset(),
                search.limit(), CalendarRows::listed), query.count(sql()));
    }

    @Override
    public Optional<CalendarEvent> event(CharacterId characterId, long eventId) {
        return sql().query("select " + CalendarRows.DETAILS + " from calendar_event" + OF_EVENT,
                s -> ofEvent(s, characterId, eventId), CalendarRows::details).stream()
                .filter(Objects::nonNull).findFirst();
    }

    @Override
    public void saveEvent(CharacterId characterId, CalendarEvent event) {
        sql().update(CalendarRows.UPSERT_DETAILS, s -> CalendarRows.bindDetails(s, characterId.value(), event));
    }

    @Override
    public List<EventAttendee> attendees(CharacterId characterId, long eventId) {
        return sql().query("select attendee_id, response from calendar_attendee" + OF_EVENT + " order by attendee_id",
                s -> ofEvent(s, characterId, eventId), rs -> new EventAttendee(new CharacterId(rs.getLong(1)),
                        EventResponse.valueOf(rs.getString(2))));
    }

    /** Replaces the attendees of a stored event; attendees of an event never listed are not kept. */
    @Override
    public void saveAttendees(CharacterId characterId, long eventId, List<EventAttendee> attendees) {
        sql().update("delete from calendar_attendee" + OF_EVENT, s -> ofEvent(s, characterId, eventId));
        sql().batch("insert into calendar_attendee (character_id, event_id, attendee_id, response) select "
                + "character_id, event_id, ?, ? from calendar_event" + OF_EVENT + " on conflict do nothing",
                attendees, (s, attendee) -> {
                    s.setLong(1, attendee.characterId().value());
                    s.setString(2, attendee.response().name());
                    s.setLong(3, characterId.value());
                    s.setLong(4, eventId);
                });
    }

    @Override
    public void saveResponse(CharacterId characterId, long eventId, EventResponse response) {
        sql().update("update calendar_event set response = ?" + OF_EVENT, s -> {
            s.setString(1, response.name());
            s.setLong(2, characterId.value());
            s.setLong(3, eventId);
        });
        sql().update("update calendar_attendee set response = ?" + OF_EVENT + " and attendee_id = ?", s -> {
            s.setString(1, response.name());
            s.setLong(2, characterId.value());
            s.setLong(3, eventId);
            s.setLong(4, characterId.value());
        });
    }

    private static void ofEvent(PreparedStatement s, CharacterId characterId, long eventId) throws SQLException {
        s.setLong(1, characterId.value());
        s.setLong(2, eventId);
    }

}
