package org.eveseat.adapter.persistence.universe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;

/** Reads the in-memory part of one version from its schema. */
final class SdeSnapshotReader {
    private final Sql sql;

    SdeSnapshotReader(Sql sql) {
        this.sql = sql;
    }

    SdeSnapshot read(long version) {
        String s = SdeVersions.schema(version);
        List<MapSystem> systems = sql.query("select system_id, name, constellation_id, region_id, security, x, y, "
                + "z, x2d, y2d, faction_id from " + s + ".solar_system order by system_id", none -> { },
                SdeSnapshotReader::system);
        List<SystemLink> gates = sql.query("select from_system, to_system from " + s + ".system_jump where "
                + "from_system < to_system order by 1, 2", none -> { }, rs -> new SystemLink(
                new SolarSystemId(rs.getLong(1)), new SolarSystemId(rs.getLong(2))));
        StaticUniverse universe = new StaticUniverse("v" + version,
                sql.query("select region_id, name, faction_id from " + s + ".region order by region_id", none -> { },
                        rs -> new MapRegion(new RegionId(rs.getLong(1)), rs.getString(2), nullable(rs, 3))),
                sql.query("select constellation_id, name, region_id, faction_id from " + s + ".constellation "
                        + "order by constellation_id", none -> { }, rs -> new MapConstellation(
                        new ConstellationId(rs.getLong(1)), rs.getString(2), new RegionId(rs.getLong(3)),
                        nullable(rs, 4))), systems, gates);
        Map<TypeId, String> types = new HashMap<>();
        sql.query("select type_id, name from " + s + ".inv_type where published and type_id > 0", none -> { },
                rs -> types.put(new TypeId(rs.getLong(1)), rs.getString(2)));
        Map<Long, SdeSnapshot.Station> stations = new HashMap<>();
        sql.query("select station_id, name, system_id from " + s + ".station", none -> { }, rs -> stations.put(
                rs.getLong(1), new SdeSnapshot.Station(rs.getString(2), new SolarSystemId(rs.getLong(3)))));
        return new SdeSnapshot(version, universe, Map.copyOf(types), Map.copyOf(stations),
                names("select corporation_id, name from " + s + ".npc_corporation"),
                names("select faction_id, name from " + s + ".faction"), neighbours(gates));
    }

    private Map<Long, String> names(String query) {
        Map<Long, String> names = new HashMap<>();
        sql.query(query, none -> { }, rs -> names.put(rs.getLong(1), rs.getString(2)));
        return Map.copyOf(names);
    }

    private static Map<SolarSystemId, Set<SolarSystemId>> neighbours(List<SystemLink> gates) {
        Map<SolarSystemId, Set<SolarSystemId>> neighbours = new HashMap<>();
        for (SystemLink gate : gates) {
            neighbours.computeIfAbsent(gate.one(), system -> new HashSet<>()).add(gate.other());
            neighbours.computeIfAbsent(gate.other(), system -> new HashSet<>()).add(gate.one());
        }
        neighbours.replaceAll((system, next) -> Set.copyOf(next));
        return Map.copyOf(neighbours);
    }

    private static MapSystem system(ResultSet rs) throws SQLException {
        return new MapSystem(new SolarSystemId(rs.getLong(1)), rs.getString(2), new ConstellationId(rs.getLong(3)),
                new RegionId(rs.getLong(4)), Math.max(-1, Math.min(1, rs.getDouble(5))),
                new Position(rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)), decimal(rs, 9), decimal(rs, 10),
                nullable(rs, 11));
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
