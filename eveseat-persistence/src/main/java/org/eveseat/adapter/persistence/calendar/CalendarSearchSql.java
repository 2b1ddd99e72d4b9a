package org.eveseat.adapter.persistence.calendar;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.calendar.model.CalendarSearch;

/** One page of a calendar listing by date (events without a date last), and the count of all matches. */
final class CalendarSearchSql {
    private final StringBuilder where = new StringBuilder(" where character_id = ?");
    private final List<Sql.Binder> filters = new ArrayList<>();
    private final CalendarSearch search;
    private int next;

    CalendarSearchSql(long characterId, CalendarSearch search) {
        this.search = search;
        filters.add(s -> s.setLong(next++, characterId));
        if (search.from() != null) {
            where.append(" and event_date >= ?");
            filters.add(s -> s.setObject(next++, Timestamps.toColumn(search.from())));
        }
        if (search.response() != null) {
            where.append(" and response = ?");
            filters.add(s -> s.setString(next++, search.response().name()));
        }
    }

    String page() {
        return "select " + CalendarRows.LISTED + " from calendar_event" + where
                + " order by event_date nulls last, event_id limit ? offset ?";
    }

    String count() {
        return "select count(*) from calendar_event" + where;
    }

    void bindPage(PreparedStatement statement) throws SQLException {
        bindFilters(statement);
        statement.setInt(next++, search.limit());
        statement.setInt(next++, search.offset());
    }

    void bindFilters(PreparedStatement statement) throws SQLException {
        next = 1;
        for (Sql.Binder filter : filters) {
            filter.bind(statement);
        }
    }
}
