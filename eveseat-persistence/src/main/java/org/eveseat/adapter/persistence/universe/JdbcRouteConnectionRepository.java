package org.eveseat.adapter.persistence.universe;

import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;

/** The players' connections, one row per link with the smaller system id first (a check constraint holds it). */
@ApplicationScoped
@TransactionRequired
public class JdbcRouteConnectionRepository extends JdbcRepository implements RouteConnectionRepository {
    protected JdbcRouteConnectionRepository() {
        // for CDI
    }

    public JdbcRouteConnectionRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<SystemLink> all() {
        return sql().query("select system_one, system_two from route_connection order by 1, 2",
                none -> { }, rs -> new SystemLink(new SolarSystemId(rs.getLong(1)), new SolarSystemId(rs.getLong(2))));
    }

    @Override
    public boolean add(SystemLink link) {
        return sql().update("insert into route_connection (system_one, system_two) values (?, ?) "
                + "on conflict do nothing", s -> {
                    s.setLong(1, link.one().value());
                    s.setLong(2, link.other().value());
                }) == 1;
    }

    @Override
    public boolean remove(SystemLink link) {
        return sql().update("delete from route_connection where system_one = ? and system_two = ?",
                s -> {
                    s.setLong(1, link.one().value());
                    s.setLong(2, link.other().value());
                }) == 1;
    }
}
