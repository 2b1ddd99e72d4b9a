package org.eveseat.adapter.persistence.universe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticDataImport;
import org.eveseat.domain.universe.model.StaticDataImport.TypeChange;

/** The types added, renamed and removed between two versions, by a full join of their type tables. */
record SdeTypeChanges(int added, int renamed, int removed, List<TypeChange> examples) {
    static SdeTypeChanges between(Connection connection, String before, String after) throws SQLException {
        String old = before == null ? "(select null::bigint as type_id, null::text as name where false)"
                : before + ".inv_type";
        int added = 0;
        int renamed = 0;
        int removed = 0;
        List<TypeChange> examples = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(n.type_id, o.type_id), o.name, n.name from "
                     + after + ".inv_type n full join " + old + " o on o.type_id = n.type_id "
                     + "where o.name is distinct from n.name order by 1")) {
            while (rs.next()) {
                String was = rs.getString(2);
                String is = rs.getString(3);
                if (was == null) {
                    added++;
                } else if (is == null) {
                    removed++;
                } else {
                    renamed++;
                }
                if (before != null && rs.getLong(1) > 0 && examples.size() < StaticDataImport.MAX_EXAMPLES) {
                    examples.add(new TypeChange(new TypeId(rs.getLong(1)), was, is));
                }
            }
        }
        return new SdeTypeChanges(added, renamed, removed, examples);
    }
}
