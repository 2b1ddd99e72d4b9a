package org.eveseat.domain.killmail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class KillmailModelTest {
    private static final Instant TIME = Instant.parse("2020-10-05T21:14:40Z");
    private static final Combatant PILOT = new Combatant(new CharacterId(2112625428L), new CorporationId(98000001),
            null, null);
    private static final Killmail.Victim VICTIM = new Killmail.Victim(PILOT, new TypeId(670), 350,
            new Position(1.0, 2.0, 3.0), null);
    private static final Killmail.Attacker NPC = new Killmail.Attacker(Combatant.NOBODY, new TypeId(34317), null,
            350, true, 0.0);

    @Test
    void aKillmailHasAVictimAndAtLeastOneAttacker() {
        Killmail killmail = new Killmail(88486806, TIME, new SolarSystemId(30002187), null, null, VICTIM,
                List.of(NPC));
        assertThat(killmail.victim().items()).isEmpty();
        assertThatThrownBy(() -> new Killmail(88486806, TIME, new SolarSystemId(30002187), null, null, VICTIM,
                List.of())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Killmail(88486806, TIME, new SolarSystemId(30002187), null, null, null,
                List.of(NPC))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void attackersHaveASecurityStatusBetweenMinusAndPlusTen() {
        assertThatThrownBy(() -> new Killmail.Attacker(PILOT, null, null, 10, false, -10.5))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Killmail.Attacker(PILOT, null, null, -1, false, 0.0))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void itemsNestInsideContainers() {
        var ammo = new Killmail.Item(new TypeId(215), 5, 100, 0, 0, null);
        var container = new Killmail.Item(new TypeId(3467), 5, 1, 0, 0, List.of(ammo));
        assertThat(container.items()).containsExactly(ammo);
        assertThatThrownBy(() -> new Killmail.Item(null, 5, 1, 0, 0, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Combatant(null, null, null, 0L)).isInstanceOf(RuleViolationException.class);
    }
}
