package org.eveseat.domain.killmail.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** A line of a killmail listing: when, where, who died in what, and how many took part. */
public record KillmailSummary(long killmailId, Instant killmailTime, SolarSystemId solarSystemId, Combatant victim,
                              TypeId victimShipTypeId, int attackerCount) {
    public KillmailSummary {
        Require.positive(killmailId, "killmail id");
        Require.present(killmailTime, "killmail time");
        Require.present(solarSystemId, "solar system");
        Require.present(victim, "victim");
        Require.present(victimShipTypeId, "victim ship type");
    }
}
