package org.eveseat.adapter.persistence.intel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;

/**
 * One row per system and hour, written as a batch upsert: kills and jumps arrive in two reads and fill their own
 * columns of the same row. Sums over a window are one grouped query on the hour index.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcSystemActivityRepository extends JdbcRepository implements SystemActivityRepository {
    protected JdbcSystemActivityRepository() {
        // for CDI
    }

    public JdbcSystemActivityRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void saveKills(Instant hour, List<SystemKills> kills) {
        sql().batch("insert into map_system_activity (system_id, hour, ship_kills, pod_kills, npc_kills) "
                + "values (?, ?, ?, ?, ?) on conflict (system_id, hour) do update set ship_kills = "
                + "excluded.ship_kills, pod_kills = excluded.pod_kills, npc_kills = excluded.npc_kills",
                kills, (s, k) -> {
                    s.setLong(1, k.systemId().value());
                    s.setObject(2, Timestamps.toColumn(hour));
                    s.setLong(3, k.shipKills());
                    s.setLong(4, k.podKills());
                    s.setLong(5, k.npcKills());
                });
    }

    @Override
    public void saveJumps(Instant hour, List<SystemJumps> jumps) {
        sql().batch("insert into map_system_activity (system_id, hour, jumps) values (?, ?, ?) "
                + "on conflict (system_id, hour) do update set jumps = excluded.jumps", jumps, (s, j) -> {
                    s.setLong(1, j.systemId().value());
                    s.setObject(2, Timestamps.toColumn(hour));
                    s.setLong(3, j.shipJumps());
                });
    }

    @Override
    public List<SystemActivity> totalsSince(Instant since) {
        return sql().query("select system_id, sum(ship_kills), sum(pod_kills), sum(npc_kills), sum(jumps) "
                + "from map_system_activity where hour >= ? group by system_id order by system_id",
                s -> s.setObject(1, Timestamps.toColumn(since)),
                rs -> new SystemActivity(new SolarSystemId(rs.getLong(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)));
    }

    @Override
    public SystemActivity totalsSince(Instant since, SolarSystemId systemId) {
        return sql().query("select coalesce(sum(ship_kills), 0), coalesce(sum(pod_kills), 0), "
                + "coalesce(sum(npc_kills), 0), coalesce(sum(jumps), 0) "
                + "from map_system_activity where system_id = ? and hour >= ?",
                s -> {
                    s.setLong(1, systemId.value());
                    s.setObject(2, Timestamps.toColumn(since));
                },
                rs -> new SystemActivity(systemId, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .get(0);
    }

    @Override
    public Optional<Instant> latestHour() {
        return sql().query("select max(hour) from map_system_activity", s -> { },
                rs -> Optional.ofNullable(Timestamps.fromColumn(rs.getObject(1, OffsetDateTime.class))))
                .get(0);
    }

    @Override
    public int removeBefore(Instant hour) {
        return sql().update("delete from map_system_activity where hour < ?",
                s -> s.setObject(1, Timestamps.toColumn(hour)));
    }
}
