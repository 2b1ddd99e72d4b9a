package org.eveseat.domain.killmail.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * A ship or structure loss: where and when, the victim with its fitted and carried items, and every attacker.
 * Killmails never change once written, which is why ESI lets them be cached for 30 days.
 */
public record Killmail(long killmailId, Instant killmailTime, SolarSystemId solarSystemId, Long moonId, Long warId,
                       Victim victim, List<Attacker> attackers) {
    public Killmail {
        Require.positive(killmailId, "killmail id");
        Require.present(killmailTime, "killmail time");
        Require.present(solarSystemId, "solar system");
        Require.positiveIfPresent(moonId, "moon id");
        Require.positiveIfPresent(warId, "war id");
        Require.present(victim, "victim");
        attackers = Require.list(attackers, 1, Integer.MAX_VALUE, "attackers");
    }

    public record Victim(Combatant who, TypeId shipTypeId, long damageTaken, Position position, List<Item> items) {
        public Victim {
            Require.present(who, "victim");
            Require.present(shipTypeId, "victim ship type");
            Require.notNegative(damageTaken, "damage taken");
            items = Require.list(items, "items");
        }
    }

    public record Attacker(Combatant who, TypeId shipTypeId, TypeId weaponTypeId, long damageDone,
                           boolean finalBlow, double securityStatus) {
        public Attacker {
            Require.present(who, "attacker");
            Require.notNegative(damageDone, "damage done");
            Require.between(securityStatus, -10.0, 10.0, "security status");
        }
    }

    /**
     * An item the victim had: {@code flag} is EVE's numeric inventory flag (slot or bay). Containers hold their
     * contents in {@code items}.
     */
    public record Item(TypeId typeId, int flag, long quantityDestroyed, long quantityDropped, int singleton,
                       List<Item> items) {
        public Item {
            Require.present(typeId, "item type");
            Require.notNegative(quantityDestroyed, "quantity destroyed");
            Require.notNegative(quantityDropped, "quantity dropped");
            items = Require.list(items, "contained items");
        }
    }
}
