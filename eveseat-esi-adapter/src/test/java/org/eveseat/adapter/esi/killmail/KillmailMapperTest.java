package org.eveseat.adapter.esi.killmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

/** Maps a real killmail as Tranquility sent it (killmail 88486806, 2020-11-09). */
class KillmailMapperTest {
    static final String REAL_KILLMAIL = "/org/eveseat/fake/killmail_88486806.json";

    static String realKillmailBody() throws IOException {
        try (InputStream in = KillmailMapperTest.class.getResourceAsStream(REAL_KILLMAIL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRealKillmailMapsWithEveryPartyItemAndPosition() throws IOException {
        Killmail killmail = EsiJson.one(KillmailDto.class, KillmailMapper::toDomain).apply(realKillmailBody());

        assertThat(killmail.killmailId()).isEqualTo(88486806L);
        assertThat(killmail.killmailTime()).isEqualTo(Instant.parse("2020-11-09T00:39:43Z"));
        assertThat(killmail.solarSystemId()).isEqualTo(new SolarSystemId(30002758));
        assertThat(killmail.moonId()).isNull();
        assertThat(killmail.warId()).isNull();
        Killmail.Victim victim = killmail.victim();
        assertThat(victim.who()).isEqualTo(new Combatant(new CharacterId(1466390582), new CorporationId(795045209),
                new AllianceId(99008228), null));
        assertThat(victim.shipTypeId()).isEqualTo(new TypeId(19744));
        assertThat(victim.damageTaken()).isEqualTo(5132);
        assertThat(victim.position()).isEqualTo(new Position(108720300043.89568, -311116434845.82336,
                -12767733739.166466));
        assertThat(victim.items()).hasSize(11);
        assertThat(victim.items().get(0)).isEqualTo(new Killmail.Item(new TypeId(8263), 14, 0, 1, 0, List.of()));
        assertThat(victim.items()).contains(new Killmail.Item(new TypeId(34268), 92, 1, 0, 0, List.of()));
        assertThat(victim.items()).filteredOn(item -> item.typeId().equals(new TypeId(8263))).hasSize(6);
        assertThat(killmail.attackers()).containsExactly(new Killmail.Attacker(new Combatant(
                new CharacterId(1950120006), new CorporationId(994783381), new AllianceId(99005381), null),
                new TypeId(29340), new TypeId(2205), 5132, true, -9.9));
    }

    @Test
    void npcAttackersAndContainerContentsMapToNullsAndNestedItems() {
        String body = """
                {"killmail_id": 1, "killmail_time": "2026-08-01T00:00:00Z", "solar_system_id": 30000142,
                 "moon_id": 40009077, "war_id": 745003,
                 "victim": {"corporation_id": 1000125, "damage_taken": 10, "ship_type_id": 670,
                   "items": [{"flag": 5, "item_type_id": 3467, "singleton": 1, "quantity_dropped": 1,
                     "items": [{"flag": 5, "item_type_id": 34, "singleton": 0, "quantity_destroyed": 500}]}]},
                 "attackers": [{"faction_id": 500010, "damage_done": 10, "final_blow": true,
                   "security_status": 0.0, "ship_type_id": 23913}]}""";

        Killmail killmail = EsiJson.one(KillmailDto.class, KillmailMapper::toDomain).apply(body);

        assertThat(killmail.moonId()).isEqualTo(40009077L);
        assertThat(killmail.warId()).isEqualTo(745003L);
        assertThat(killmail.victim().position()).isNull();
        assertThat(killmail.victim().who()).isEqualTo(new Combatant(null, new CorporationId(1000125), null, null));
        assertThat(killmail.victim().items()).containsExactly(new Killmail.Item(new TypeId(3467), 5, 0, 1, 1,
                List.of(new Killmail.Item(new TypeId(34), 5, 500, 0, 0, List.of()))));
        assertThat(killmail.attackers()).containsExactly(new Killmail.Attacker(
                new Combatant(null, null, null, 500010L), new TypeId(23913), null, 10, true, 0.0));
    }
}
