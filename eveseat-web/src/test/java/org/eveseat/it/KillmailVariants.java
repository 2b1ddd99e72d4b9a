package org.eveseat.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eveseat.fake.ledger.Killmail;
import org.eveseat.fake.ledger.KillmailRef;

/** Killmails for the fake ESI made from a real one: another id, place and ship, the same attackers. */
final class KillmailVariants {
    private KillmailVariants() {
    }

    static Killmail variant(Killmail real, long id, long system, long shipTypeId) {
        Killmail.Victim victim = real.victim();
        return new Killmail(id, ref(id).killmailHash(), Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(130_000_010L - id), system, null, null, new Killmail.Victim(victim.allianceId(),
                victim.characterId(), victim.corporationId(), null, victim.damageTaken(), shipTypeId,
                victim.position(), List.of()), real.attackers());
    }

    static KillmailRef ref(long id) {
        return new KillmailRef(id, Long.toHexString(id * 7919) + "ab");
    }
}
