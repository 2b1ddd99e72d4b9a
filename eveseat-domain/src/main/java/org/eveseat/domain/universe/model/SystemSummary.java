package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** A system as lists show it (a route, search results): its name, security and region. */
public record SystemSummary(SolarSystemId id, String name, double security, RegionId regionId, String regionName) {
    public SystemSummary {
        Require.present(id, "system");
        Require.present(name, "system name");
        Require.present(regionId, "region");
    }

    public static SystemSummary of(MapSystem system, StaticUniverse universe) {
        return new SystemSummary(system.id(), system.name(), system.security(), system.regionId(),
                universe.region(system.regionId()).map(MapRegion::name).orElse(null));
    }
}
