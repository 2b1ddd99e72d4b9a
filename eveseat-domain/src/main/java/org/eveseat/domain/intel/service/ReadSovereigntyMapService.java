package org.eveseat.domain.intel.service;

import org.eveseat.domain.intel.model.SovereigntyMap;
import org.eveseat.domain.intel.port.in.SovereigntyMapQuery;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;

/** The map's sovereignty layer as stored by the syncs; public data any logged-in user reads. */
public class ReadSovereigntyMapService implements SovereigntyMapQuery {
    private final SovereigntyRepository sovereignty;

    public ReadSovereigntyMapService(SovereigntyRepository sovereignty) {
        this.sovereignty = sovereignty;
    }

    @Override
    public SovereigntyMap sovereignty() {
        return new SovereigntyMap(sovereignty.holders(), sovereignty.campaigns());
    }
}
