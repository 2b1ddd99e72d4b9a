package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.List;

/** A killmail ({@code GET /killmails/{killmail_id}/{killmail_hash}}); the hash is not part of the body. */
public record Killmail(long killmailId, String killmailHash, Instant killmailTime, long solarSystemId, Long moonId,
                       Long warId, Victim victim, List<Attacker> attackers) {

    public Killmail {
        attackers = List.copyOf(attackers);
    }

    public record Victim(Long allianceId, Long characterId, Long corporationId, Long factionId, long damageTaken,
                         long shipTypeId, Position position, List<Item> items) {
    }

    public record Attacker(Long allianceId, Long characterId, Long corporationId, Long factionId, long damageDone,
                           boolean finalBlow, double securityStatus, Long shipTypeId, Long weaponTypeId) {
    }

    /** A fitted or carried item; {@code items} holds what was inside a container (one level deep). */
    public record Item(long flag, long itemTypeId, Long quantityDestroyed, Long quantityDropped, long singleton,
                       List<Item> items) {
    }

    public KillmailRef ref() {
        return new KillmailRef(killmailId, killmailHash);
    }
}
