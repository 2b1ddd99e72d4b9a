package org.eveseat.adapter.persistence.wallet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.wallet.port.out.PartyNameRepository;

/**
 * Party names by id, in the names every answer shares; a name resolved again (a character renamed) replaces the
 * stored one.
 */
@ApplicationScoped
public class JdbcPartyNameRepository extends JdbcRepository implements PartyNameRepository {

    protected JdbcPartyNameRepository() {
        // for CDI
    }

    public JdbcPartyNameRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Map<Long, String> find(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        sql().query("select id, name from universe_name where id = any(?) and name is not null",
                s -> s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray(Long[]::new))),
                rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    @Override
    public void save(List<ResolvedName> names) {
        sql().batch("insert into universe_name (id, name, category, resolved_at) values (?, ?, ?, now()) "
                + "on conflict (id) do update set name = excluded.name, category = excluded.category, "
                + "resolved_at = excluded.resolved_at", names,
                (s, name) -> {
                    s.setLong(1, name.id());
                    s.setString(2, name.name());
                    s.setString(3, name.category().name());
                });
    }
}
