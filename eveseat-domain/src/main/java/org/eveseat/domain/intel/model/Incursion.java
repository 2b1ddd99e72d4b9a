package org.eveseat.domain.intel.model;

import java.util.List;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** A Sansha incursion in a constellation: its systems, phase and influence (0 to 1). */
public record Incursion(ConstellationId constellationId, long factionId, String type, IncursionState state,
                        double influence, boolean hasBoss, SolarSystemId stagingSolarSystemId,
                        List<SolarSystemId> infestedSolarSystems) {
    public Incursion {
        Require.present(constellationId, "constellation");
        Require.positive(factionId, "faction id");
        Require.present(type, "incursion type");
        Require.present(state, "incursion state");
        Require.between(influence, 0.0, 1.0, "influence");
        Require.present(stagingSolarSystemId, "staging solar system");
        infestedSolarSystems = Require.list(infestedSolarSystems, "infested solar systems");
    }
}
