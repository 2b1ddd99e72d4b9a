package org.eveseat.adapter.persistence.intel;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.SolarSystemId;

/** The running incursions, replaced whole in one transaction so a reader never sees half a list. */
@ApplicationScoped
@TransactionRequired
public class JdbcIncursionRepository extends JdbcRepository implements IncursionRepository {
    protected JdbcIncursionRepository() {
        // for CDI
    }

    public JdbcIncursionRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void replaceAll(List<Incursion> incursions) {
        sql().update("delete from map_incursion", s -> { });
        sql().batch("insert into map_incursion (constellation_id, faction_id, incursion_type, state, influence, "
                + "has_boss, staging_system_id, infested_system_ids) values (?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (constellation_id) do nothing", incursions, (s, i) -> {
                    s.setLong(1, i.constellationId().value());
                    s.setLong(2, i.factionId());
                    s.setString(3, i.type());
                    s.setString(4, i.state().name());
                    s.setDouble(5, i.influence());
                    s.setBoolean(6, i.hasBoss());
                    s.setLong(7, i.stagingSolarSystemId().value());
                    s.setArray(8, s.getConnection().createArrayOf("bigint",
                            i.infestedSolarSystems().stream().map(SolarSystemId::value).toArray()));
                });
    }

    @Override
    public List<Incursion> all() {
        return sql().query("select constellation_id, faction_id, incursion_type, state, influence, has_boss, "
                + "staging_system_id, infested_system_ids from map_incursion order by constellation_id", s -> { },
                rs -> new Incursion(new ConstellationId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                        IncursionState.valueOf(rs.getString(4)), rs.getDouble(5), rs.getBoolean(6),
                        new SolarSystemId(rs.getLong(7)), systems(rs.getArray(8))));
    }

    private static List<SolarSystemId> systems(Array array) throws java.sql.SQLException {
        return Arrays.stream((Long[]) array.getArray()).map(SolarSystemId::new).toList();
    }
}
