package org.eveseat.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing with optional filters: one page of it by offset, and the count of all rows the filters match (a page
 * alone cannot tell how many pages there are). Offset paging suits lists of a few thousand rows at most.
 */
public final class PagedQuery {
    /** Binds one parameter of a filter at the index it got in the statement. */
    public interface Value {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final String from;
    private final StringBuilder where = new StringBuilder();
    private final List<Value> values = new ArrayList<>();

    public PagedQuery(String from) {
        this.from = from;
    }

    /** Adds a condition, with one value for each {@code ?} in it. */
    public PagedQuery where(String condition, Value... conditionValues) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
        values.addAll(List.of(conditionValues));
        return this;
    }

    public <T> List<T> page(Sql sql, String columns, String orderBy, int offset, int limit, Sql.Row<T> row) {
        return sql.query("select " + columns + " from " + from + where + " order by " + orderBy
                + " limit ? offset ?", s -> {
                    int next = bind(s);
                    s.setInt(next, limit);
                    s.setInt(next + 1, offset);
                }, row);
    }

    public long count(Sql sql) {
        return sql.query("select count(*) from " + from + where, this::bind, rs -> rs.getLong(1)).get(0);
    }

    /** @return the index of the next parameter */
    private int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Value value : values) {
            value.bind(statement, index++);
        }
        return index;
    }
}
