package org.eveseat.adapter.persistence.contract;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.contract.model.PriceRange;

/**
 * A where clause built from optional filters, each condition with its parameters, bound in the order added. Both
 * contract searches (a party's list, the public listing) are built with it.
 */
final class SqlConditions {
    /** Binds one parameter at the given position. */
    interface Parameter {
        void bind(PreparedStatement statement, int position) throws SQLException;
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();

    SqlConditions add(String condition, Parameter... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds the condition only when the value is present. */
    SqlConditions addIf(Object value, String condition, Parameter... values) {
        return value == null ? this : add(condition, values);
    }

    /** An inclusive price range on {@code coalesce(price, 0)}; an open end adds nothing. */
    SqlConditions price(PriceRange range) {
        addIf(range.min(), "coalesce(price, 0) >= ?", (s, i) -> s.setBigDecimal(i, range.min().amount()));
        return addIf(range.max(), "coalesce(price, 0) <= ?", (s, i) -> s.setBigDecimal(i, range.max().amount()));
    }

    String where() {
        return " where " + String.join(" and ", conditions);
    }

    /** Binds every parameter, then {@code limit} as the last one. */
    Sql.Binder binder(int limit) {
        return statement -> {
            int position = 1;
            for (Parameter parameter : parameters) {
                parameter.bind(statement, position++);
            }
            statement.setInt(position, limit);
        };
    }

    static Parameter value(long value) {
        return (s, i) -> s.setLong(i, value);
    }

    static Parameter value(String value) {
        return (s, i) -> s.setString(i, value);
    }
}
