package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** Who holds one solar system. */
public record SystemSovereignty(SolarSystemId solarSystemId, SovereigntyClaim claim) {
    public SystemSovereignty {
        Require.present(solarSystemId, "solar system");
        Require.present(claim, "claim");
    }
}
