package org.eveseat.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause assembled from optional parts, and its parameters in the same order. Text arrays are bound as
 * PostgreSQL arrays (for {@code = any(?)}); everything else through {@code setObject}.
 */
public final class Conditions {
    private final List<String> parts = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public Conditions add(String part, Object... parameters) {
        parts.add(part);
        values.addAll(List.of(parameters));
        return this;
    }

    public Conditions addIf(boolean present, String part, Object... parameters) {
        return present ? add(part, parameters) : this;
    }

    public String where() {
        return " where " + String.join(" and ", parts);
    }

    public void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof String[] texts) {
                statement.setArray(index++, statement.getConnection().createArrayOf("text", texts));
            } else {
                statement.setObject(index++, value);
            }
        }
    }
}
