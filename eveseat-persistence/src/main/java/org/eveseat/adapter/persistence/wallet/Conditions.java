package org.eveseat.adapter.persistence.wallet;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.wallet.model.JournalOwner;

/**
 * A WHERE clause assembled from optional parts, and its parameters in the same order. Text arrays are bound as
 * PostgreSQL arrays (for {@code = any(?)}); everything else through {@code setObject}.
 */
final class Conditions {
    private final List<String> parts = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** The owner's rows; the journal also checks the owner kind, which the division implies elsewhere. */
    static Conditions of(JournalOwner owner, boolean withKind) {
        Conditions conditions = new Conditions().add("owner_id = ?", owner.id()).add("division = ?",
                (short) owner.division());
        return withKind ? conditions.add("owner_kind = ?", owner.kind().name()) : conditions;
    }

    Conditions add(String part, Object... parameters) {
        parts.add(part);
        values.addAll(List.of(parameters));
        return this;
    }

    Conditions addIf(boolean present, String part, Object... parameters) {
        return present ? add(part, parameters) : this;
    }

    String where() {
        return " where " + String.join(" and ", parts);
    }

    void bind(PreparedStatement statement) throws SQLException {
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
