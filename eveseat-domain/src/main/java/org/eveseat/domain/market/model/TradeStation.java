package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** A station where a route starts or ends, with its system and region and their names. */
public record TradeStation(long stationId, String stationName, SolarSystemId systemId, String systemName,
                           RegionId regionId, String regionName) {
    public TradeStation {
        Require.positive(stationId, "station id");
        Require.present(systemId, "solar system");
        Require.present(regionId, "region");
    }
}
