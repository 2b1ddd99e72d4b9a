package org.eveseat.domain.intel.model;

import java.time.Instant;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** Who holds a solar system: an NPC faction, a player alliance, or nobody. */
public sealed interface SovereigntyClaim {
    record Faction(long factionId) implements SovereigntyClaim {
        public Faction {
            Require.positive(factionId, "faction id");
        }
    }

    /** An alliance's claim, with the system's development and the hub that holds it. */
    record Alliance(AllianceId allianceId, CorporationId corporationId, Instant claimedSince, boolean capital,
                    Development development, Hub hub) implements SovereigntyClaim {
        public Alliance {
            Require.present(allianceId, "claiming alliance");
            Require.present(corporationId, "claiming corporation");
            Require.present(claimedSince, "claimed since");
            Require.present(development, "development");
            Require.present(hub, "sovereignty hub");
        }
    }

    record Unclaimed() implements SovereigntyClaim {
    }

    /** Development levels 0-5 and the activity defence multiplier they give. */
    record Development(int industrialLevel, int militaryLevel, int strategicLevel,
                       double activityDefenseMultiplier) {
        public Development {
            Require.between(industrialLevel, 0, 5, "industrial level");
            Require.between(militaryLevel, 0, 5, "military level");
            Require.between(strategicLevel, 0, 5, "strategic level");
        }
    }

    /** The sovereignty hub; its vulnerability window is null outside one. */
    record Hub(long hubId, Instant vulnerableFrom, Instant vulnerableUntil) {
        public Hub {
            Require.positive(hubId, "hub id");
            if ((vulnerableFrom == null) != (vulnerableUntil == null)) {
                throw new RuleViolationException("a vulnerability window has both a start and an end");
            }
        }
    }
}
