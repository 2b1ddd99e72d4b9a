package org.eveseat.adapter.persistence.universe;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable numbers of a static data row, which JDBC's primitive getters would read as 0. */
final class SdeResults {
    private SdeResults() {
    }

    static Long whole(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Double decimal(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
