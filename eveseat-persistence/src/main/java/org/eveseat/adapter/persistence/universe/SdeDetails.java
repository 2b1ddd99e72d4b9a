package org.eveseat.adapter.persistence.universe;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.model.TypeQuantity;

/** The static data read from a version's schema when asked (null schema: no version loaded, nothing found). */
record SdeDetails(Sql sql, String schema) {
    Optional<StaticType> type(TypeId id) {
        if (schema == null) {
            return Optional.empty();
        }
        return sql.query(typesWhere("t.type_id = ?"), s -> s.setLong(1, id.value()), SdeDetails::type).stream()
                .findFirst();
    }

    /** Many types in one statement (a trade route search asks for thousands). */
    Map<TypeId, StaticType> types(Collection<TypeId> ids) {
        Map<TypeId, StaticType> found = new HashMap<>();
        if (schema != null && !ids.isEmpty()) {
            sql.query(typesWhere("t.type_id = any(?)"), s -> s.setArray(1, s.getConnection().createArrayOf("bigint",
                    ids.stream().map(TypeId::value).toArray(Long[]::new))), SdeDetails::type)
                    .forEach(type -> found.put(type.id(), type));
        }
        return found;
    }

    private String typesWhere(String condition) {
        return "select t.type_id, t.name, t.group_id, g.name, g.category_id, c.name, t.volume, v.packaged_volume, "
                + "t.market_group_id, t.published from " + schema + ".inv_type t left join " + schema + ".inv_group "
                + "g on g.group_id = t.group_id left join " + schema + ".inv_category c on c.category_id = "
                + "g.category_id left join " + schema + ".type_volume v on v.type_id = t.type_id where " + condition;
    }

    private static StaticType type(ResultSet rs) throws SQLException {
        return new StaticType(new TypeId(rs.getLong(1)), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getDouble(7), SdeResults.decimal(rs, 8), SdeResults.whole(rs, 9),
                rs.getBoolean(10));
    }

    Optional<Blueprint> blueprint(TypeId id) {
        if (schema == null) {
            return Optional.empty();
        }
        List<Long> limit = sql.query("select coalesce(max_production_limit, 0) from " + schema + ".blueprint "
                + "where type_id = ?", s -> s.setLong(1, id.value()), rs -> rs.getLong(1));
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Long> times = new TreeMap<>();
        sql.query("select activity_id, coalesce(time_seconds, 0) from " + schema + ".blueprint_activity where "
                + "type_id = ?", s -> s.setLong(1, id.value()), rs -> times.put(rs.getInt(1), rs.getLong(2)));
        List<Blueprint.Activity> activities = new ArrayList<>();
        times.forEach((activity, seconds) -> activities.add(new Blueprint.Activity(activity, seconds,
                quantities("blueprint_material", "material_type_id", id, activity),
                quantities("blueprint_product", "product_type_id", id, activity),
                sql.query("select skill_id, coalesce(level, 0) from " + schema + ".blueprint_skill where type_id = ? "
                        + "and activity_id = ? order by skill_id", s -> bind(s, id, activity),
                        rs -> new Blueprint.SkillLevel(new TypeId(rs.getLong(1)), rs.getInt(2))),
                sql.query("select max(probability) from " + schema + ".blueprint_probability where type_id = ? "
                        + "and activity_id = ?", s -> bind(s, id, activity), rs -> SdeResults.decimal(rs, 1))
                        .get(0))));
        return Optional.of(new Blueprint(id, (int) (long) limit.get(0), activities));
    }

    /** The station's owner corporation and that corporation's faction (market fees depend on standings). */
    Optional<StationOwner> stationOwner(long stationId) {
        if (schema == null) {
            return Optional.empty();
        }
        return sql.query("select s.corporation_id, c.faction_id from " + schema + ".station s left join " + schema
                + ".npc_corporation c on c.corporation_id = s.corporation_id where s.station_id = ? and "
                + "s.corporation_id is not null", s -> s.setLong(1, stationId), rs -> new StationOwner(rs.getLong(1),
                SdeResults.whole(rs, 2))).stream().findFirst();
    }

    List<PlanetSchematic> schematics() {
        if (schema == null) {
            return List.of();
        }
        return sql.query("select schematic_id, name, coalesce(cycle_seconds, 0) from " + schema + ".schematic "
                + "order by schematic_id", none -> { }, this::schematic);
    }

    private PlanetSchematic schematic(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new PlanetSchematic(id, rs.getString(2), rs.getLong(3), schematicTypes(id, true),
                schematicTypes(id, false), sql.query("select pin_type_id from " + schema + ".schematic_pin where "
                        + "schematic_id = ? order by 1", s -> s.setLong(1, id), pin -> new TypeId(pin.getLong(1))));
    }

    private List<TypeQuantity> schematicTypes(long schematic, boolean input) {
        return sql.query("select type_id, coalesce(quantity, 0) from " + schema + ".schematic_type where "
                + "schematic_id = ? and is_input = ? order by type_id", s -> {
                    s.setLong(1, schematic);
                    s.setBoolean(2, input);
                }, rs -> new TypeQuantity(new TypeId(rs.getLong(1)), rs.getLong(2)));
    }

    private List<TypeQuantity> quantities(String table, String column, TypeId id, int activity) {
        return sql.query("select " + column + ", coalesce(quantity, 0) from " + schema + "." + table
                + " where type_id = ? and activity_id = ? order by 1", s -> bind(s, id, activity),
                rs -> new TypeQuantity(new TypeId(rs.getLong(1)), rs.getLong(2)));
    }

    private static void bind(PreparedStatement s, TypeId id, int activity) throws SQLException {
        s.setLong(1, id.value());
        s.setInt(2, activity);
    }
}
