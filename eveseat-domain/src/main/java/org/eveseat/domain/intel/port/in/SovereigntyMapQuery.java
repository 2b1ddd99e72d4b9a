package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.intel.model.SovereigntyMap;

/** The stored sovereignty holders and campaigns, for the map's sovereignty layer (public data). */
public interface SovereigntyMapQuery {
    SovereigntyMap sovereignty();
}
