package org.eveseat.adapter.persistence.killmail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** The columns of {@code killmail} and how a killmail's head goes into them and comes back out. */
final class KillmailRows {
    static final String SUMMARY = "k.killmail_id, k.killmail_time, k.solar_system_id, k.victim_character_id, "
            + "k.victim_corporation_id, k.victim_alliance_id, k.victim_faction_id, k.victim_ship_type_id, "
            + "k.attacker_count";
    static final String HEAD = SUMMARY + ", k.moon_id, k.war_id, k.damage_taken, k.position_x, k.position_y, "
            + "k.position_z";
    static final String INSERT = "insert into killmail (killmail_id, killmail_time, solar_system_id, "
            + "victim_character_id, victim_corporation_id, victim_alliance_id, victim_faction_id, victim_ship_type_id, "
            + "attacker_count, moon_id, war_id, damage_taken, position_x, position_y, position_z, region_id) values ("
            + "?" + ", ?".repeat(15) + ") on conflict (killmail_id) do nothing";

    private KillmailRows() {
    }

    static void bind(PreparedStatement s, Killmail killmail, RegionId regionId) throws SQLException {
        Killmail.Victim victim = killmail.victim();
        s.setLong(1, killmail.killmailId());
        s.setObject(2, Timestamps.toColumn(killmail.killmailTime()));
        s.setLong(3, killmail.solarSystemId().value());
        bindCombatant(s, 4, victim.who());
        s.setLong(8, victim.shipTypeId().value());
        s.setInt(9, killmail.attackers().size());
        s.setObject(10, killmail.moonId());
        s.setObject(11, killmail.warId());
        s.setLong(12, victim.damageTaken());
        Position at = victim.position();
        s.setObject(13, at == null ? null : at.x());
        s.setObject(14, at == null ? null : at.y());
        s.setObject(15, at == null ? null : at.z());
        s.setObject(16, regionId == null ? null : regionId.value());
    }

    /** Character, corporation, alliance and faction, from {@code first} on; absent ones as nulls. */
    static void bindCombatant(PreparedStatement s, int first, Combatant who) throws SQLException {
        s.setObject(first, who.characterId() == null ? null : who.characterId().value());
        s.setObject(first + 1, who.corporationId() == null ? null : who.corporationId().value());
        s.setObject(first + 2, who.allianceId() == null ? null : who.allianceId().value());
        s.setObject(first + 3, who.factionId());
    }

    static Combatant combatant(ResultSet rs, int first) throws SQLException {
        Long character = rs.getObject(first, Long.class);
        Long corporation = rs.getObject(first + 1, Long.class);
        Long alliance = rs.getObject(first + 2, Long.class);
        return new Combatant(character == null ? null : new CharacterId(character),
                corporation == null ? null : new CorporationId(corporation),
                alliance == null ? null : new AllianceId(alliance), rs.getObject(first + 3, Long.class));
    }

    static KillmailSummary summary(ResultSet rs) throws SQLException {
        return new KillmailSummary(rs.getLong(1), Timestamps.fromColumn(rs.getObject(2, java.time.OffsetDateTime.class)),
                new SolarSystemId(rs.getLong(3)), combatant(rs, 4), new TypeId(rs.getLong(8)), rs.getInt(9));
    }

    /** The head read with {@link #HEAD}, completed with the attackers and items read apart. */
    static Killmail killmail(ResultSet rs, List<Killmail.Attacker> attackers, List<Killmail.Item> items)
            throws SQLException {
        KillmailSummary summary = summary(rs);
        Double x = rs.getObject(13, Double.class);
        Position position = x == null ? null : new Position(x, rs.getDouble(14), rs.getDouble(15));
        return new Killmail(summary.killmailId(), summary.killmailTime(), summary.solarSystemId(),
                rs.getObject(10, Long.class), rs.getObject(11, Long.class), new Killmail.Victim(summary.victim(),
                summary.victimShipTypeId(), rs.getLong(12), position, items), attackers);
    }
}
