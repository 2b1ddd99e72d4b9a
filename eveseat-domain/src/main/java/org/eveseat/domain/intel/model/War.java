package org.eveseat.domain.intel.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/**
 * A war between corporations or alliances: its timeline (later steps null until they happen), both sides with what
 * they destroyed, and the allies that joined the defender.
 */
public record War(long warId, Instant declared, Instant started, Instant retracted, Instant finished,
                  boolean mutual, boolean openForAllies, Side aggressor, Side defender, List<Belligerent> allies) {
    public War {
        Require.positive(warId, "war id");
        Require.present(declared, "declared");
        Require.present(aggressor, "aggressor");
        Require.present(defender, "defender");
        allies = Require.list(allies, "allies");
    }

    public record Side(Belligerent party, Isk iskDestroyed, long shipsKilled) {
        public Side {
            Require.present(party, "war party");
            Require.present(iskDestroyed, "ISK destroyed");
            Require.notNegative(shipsKilled, "ships killed");
        }
    }
}
