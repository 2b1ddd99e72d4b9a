package org.eveseat.adapter.persistence.killmail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.TypeId;

/**
 * Attackers and items as rows. Items are numbered depth first, each container's contents right after it and
 * naming it as their parent, so one pass in index order rebuilds the tree.
 */
final class KillmailParts {
    static final String ATTACKER = "character_id, corporation_id, alliance_id, faction_id, ship_type_id, "
            + "weapon_type_id, damage_done, final_blow, security_status";
    static final String ITEM = "item_index, parent_index, type_id, flag, quantity_destroyed, quantity_dropped, "
            + "singleton";

    /** An item with its place in the tree. */
    record ItemRow(int index, Integer parent, Killmail.Item item) {
    }

    private KillmailParts() {
    }

    static void bind(PreparedStatement s, Killmail.Attacker attacker) throws SQLException {
        KillmailRows.bindCombatant(s, 3, attacker.who());
        s.setObject(7, attacker.shipTypeId() == null ? null : attacker.shipTypeId().value());
        s.setObject(8, attacker.weaponTypeId() == null ? null : attacker.weaponTypeId().value());
        s.setLong(9, attacker.damageDone());
        s.setBoolean(10, attacker.finalBlow());
        s.setDouble(11, attacker.securityStatus());
    }

    static Killmail.Attacker attacker(ResultSet rs) throws SQLException {
        Long ship = rs.getObject(5, Long.class);
        Long weapon = rs.getObject(6, Long.class);
        return new Killmail.Attacker(KillmailRows.combatant(rs, 1), ship == null ? null : new TypeId(ship),
                weapon == null ? null : new TypeId(weapon), rs.getLong(7), rs.getBoolean(8), rs.getDouble(9));
    }

    static List<ItemRow> flatten(List<Killmail.Item> items) {
        List<ItemRow> rows = new ArrayList<>();
        flatten(items, null, rows);
        return rows;
    }

    private static void flatten(List<Killmail.Item> items, Integer parent, List<ItemRow> rows) {
        for (Killmail.Item item : items) {
            int index = rows.size();
            rows.add(new ItemRow(index, parent, item));
            flatten(item.items(), index, rows);
        }
    }

    static void bind(PreparedStatement s, ItemRow row) throws SQLException {
        s.setInt(2, row.index());
        s.setObject(3, row.parent());
        s.setLong(4, row.item().typeId().value());
        s.setInt(5, row.item().flag());
        s.setLong(6, row.item().quantityDestroyed());
        s.setLong(7, row.item().quantityDropped());
        s.setInt(8, row.item().singleton());
    }

    /** A row read with {@link #ITEM}: the item still without its contents. */
    static ItemRow item(ResultSet rs) throws SQLException {
        return item(rs, 1);
    }

    /** The same, its columns from {@code first} on. */
    static ItemRow item(ResultSet rs, int first) throws SQLException {
        return new ItemRow(rs.getInt(first), rs.getObject(first + 1, Integer.class), new Killmail.Item(
                new TypeId(rs.getLong(first + 2)), rs.getInt(first + 3), rs.getLong(first + 4), rs.getLong(first + 5),
                rs.getInt(first + 6), List.of()));
    }

    /** The tree again: read backwards, a container's contents are complete when the container is reached. */
    static List<Killmail.Item> tree(List<ItemRow> rows) {
        Map<Integer, List<Killmail.Item>> contents = new HashMap<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            ItemRow row = rows.get(i);
            Killmail.Item plain = row.item();
            Killmail.Item item = new Killmail.Item(plain.typeId(), plain.flag(), plain.quantityDestroyed(),
                    plain.quantityDropped(), plain.singleton(), contents.getOrDefault(row.index(), List.of()));
            contents.computeIfAbsent(row.parent() == null ? -1 : row.parent(), p -> new ArrayList<>()).add(0, item);
        }
        return contents.getOrDefault(-1, List.of());
    }
}
