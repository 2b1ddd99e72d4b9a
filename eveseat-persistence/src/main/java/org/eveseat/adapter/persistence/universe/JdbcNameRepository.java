package org.eveseat.adapter.persistence.universe;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.NameRepository;

/** Names by id in {@code universe_name}; a row without a name marks an id ESI did not know. */
@ApplicationScoped
public class JdbcNameRepository extends JdbcRepository implements NameRepository {
    protected JdbcNameRepository() {
        // for CDI
    }

    public JdbcNameRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Map<Long, ResolvedName> find(Set<Long> ids) {
        Map<Long, ResolvedName> names = new HashMap<>();
        sql().query("select id, name, category from universe_name where id = any(?) "
                        + "and name is not null", s -> s.setArray(1, ids(s.getConnection(), ids)),
                rs -> names.put(rs.getLong(1), new ResolvedName(rs.getLong(1), rs.getString(2),
                        NameCategory.fromEsi(rs.getString(3).toLowerCase(Locale.ROOT)))));
        return names;
    }

    @Override
    public Set<Long> unknownSince(Set<Long> ids, Instant since) {
        Set<Long> unknown = new HashSet<>();
        sql().query("select id from universe_name where id = any(?) and name is null "
                + "and resolved_at >= ?", s -> {
                    s.setArray(1, ids(s.getConnection(), ids));
                    s.setTimestamp(2, Timestamp.from(since));
                }, rs -> unknown.add(rs.getLong(1)));
        return unknown;
    }

    @Override
    public void save(List<ResolvedName> names, Instant at) {
        sql().batch("insert into universe_name (id, name, category, resolved_at) values (?, ?, ?, ?) "
                + "on conflict (id) do update set name = excluded.name, category = excluded.category, "
                + "resolved_at = excluded.resolved_at", names, (s, name) -> {
                    s.setLong(1, name.id());
                    s.setString(2, name.name());
                    s.setString(3, name.category().name());
                    s.setTimestamp(4, Timestamp.from(at));
                });
    }

    /** Marks ids ESI did not know; a stored name is kept (ESI refusing an id later does not unname it). */
    @Override
    public void saveUnknown(Set<Long> ids, Instant at) {
        sql().batch("insert into universe_name (id, resolved_at) values (?, ?) "
                + "on conflict (id) do update set resolved_at = excluded.resolved_at "
                + "where universe_name.name is null", ids, (s, id) -> {
                    s.setLong(1, id);
                    s.setTimestamp(2, Timestamp.from(at));
                });
    }

    private static Array ids(Connection connection, Set<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray(Long[]::new));
    }
}
