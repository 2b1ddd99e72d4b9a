package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole universe of claims, as ESI's {@code /sovereignty/systems} lists every system: high- and low-sec
 * systems held by one of the four empires (by region), null-sec regions either NPC (a pirate faction) or
 * player space, where each constellation is one of a few dozen alliances' and one system in ten is unclaimed.
 * Wormhole and abyssal systems are left out, as ESI does. Deterministic, so tests can name expected holders.
 */
final class SovereigntySample {
    static final List<Long> EMPIRES = List.of(500001L, 500002L, 500003L, 500004L);
    static final List<Long> PIRATES = List.of(500010L, 500011L, 500012L, 500019L, 500020L);
    static final long FIRST_ALLIANCE = 99_001_000L;
    static final int ALLIANCES = 40;

    private SovereigntySample() {
    }

    static List<SovereigntySystem> universe(Instant now) {
        List<SovereigntySystem> claims = new ArrayList<>();
        for (Sde.SolarSystem system : Sde.get().systems().values()) {
            if (system.id() < 31_000_000L) {
                claims.add(claim(system, now));
            }
        }
        return claims;
    }

    private static SovereigntySystem claim(Sde.SolarSystem system, Instant now) {
        if (system.security() >= 0.05) {
            return SovereigntySystem.faction(system.id(), pick(EMPIRES, system.regionId()));
        }
        Samples region = Samples.of(system.regionId(), "sovereignty");
        if (region.chance(0.3)) {
            return SovereigntySystem.faction(system.id(), pick(PIRATES, system.regionId()));
        }
        if (Samples.of(system.id(), "unclaimed").chance(0.1)) {
            return SovereigntySystem.unclaimed(system.id());
        }
        long alliance = FIRST_ALLIANCE + system.constellationId() % ALLIANCES;
        return new SovereigntySystem(system.id(), null, alliance, 98_001_000L + alliance % 1000,
                now.minus(Duration.ofDays(30 + system.id() % 700)), false, 1_041_000_000_000L + system.id());
    }

    private static long pick(List<Long> ids, long key) {
        return ids.get((int) (key % ids.size()));
    }
}
