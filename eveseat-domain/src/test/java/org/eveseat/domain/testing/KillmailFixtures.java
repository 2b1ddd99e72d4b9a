package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** Killmails for tests: a Rifter lost in Jita to two attackers of one alliance and an NPC. */
public final class KillmailFixtures {
    public static final SolarSystemId JITA = new SolarSystemId(30000142);
    public static final TypeId RIFTER = new TypeId(587);

    private KillmailFixtures() {
    }

    public static KillmailRef ref(long killmailId) {
        return new KillmailRef(killmailId, Long.toHexString(killmailId) + "abc");
    }

    public static Killmail killmail(long killmailId) {
        return killmail(killmailId, RIFTER);
    }

    /** The same loss in another ship. */
    public static Killmail killmail(long killmailId, TypeId ship) {
        return killmail(killmailId, ship, List.of(new Killmail.Item(new TypeId(3467), 5, 1, 0, 0,
                List.of(new Killmail.Item(new TypeId(215), 5, 0, 100, 0, null)))));
    }

    public static Killmail killmail(long killmailId, TypeId ship, List<Killmail.Item> items) {
        Combatant victim = new Combatant(new CharacterId(2112625428L), new CorporationId(98000001L),
                new AllianceId(99000001L), null);
        return new Killmail(killmailId, Instant.parse("2026-11-25T11:00:00Z").plusSeconds(killmailId), JITA, null,
                null, new Killmail.Victim(victim, ship, 420, null, items), List.of(
                        attacker(95465499L, 98000002L, 99000002L, true),
                        attacker(95465500L, 98000003L, 99000002L, false),
                        new Killmail.Attacker(Combatant.NOBODY, new TypeId(34317), null, 10, false, 0.0)));
    }

    private static Killmail.Attacker attacker(long character, long corporation, long alliance, boolean finalBlow) {
        return new Killmail.Attacker(new Combatant(new CharacterId(character), new CorporationId(corporation),
                new AllianceId(alliance), null), new TypeId(603), new TypeId(2205), 200, finalBlow, -1.5);
    }
}
