package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Instant;
import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.model.SystemReport;
import org.eveseat.domain.intel.port.in.SystemReportQuery;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * One system's details from the static data and what the map's public syncs stored: the activity windows end with
 * the current hour as the map's layer does, so the details and the heat map agree.
 */
public class ReadSystemReportService implements SystemReportQuery {
    private final StaticData staticData;
    private final SystemActivityRepository activity;
    private final SovereigntyRepository sovereignty;
    private final IncursionRepository incursions;
    private final Clock clock;

    public ReadSystemReportService(
            StaticData staticData,
            SystemActivityRepository activity,
            SovereigntyRepository sovereignty,
            IncursionRepository incursions,
            Clock clock) {
        this.staticData = staticData;
        this.activity = activity;
        this.sovereignty = sovereignty;
        this.incursions = incursions;
        this.clock = clock;
    }

    @Override
    public SystemReport report(SolarSystemId systemId) {
        StaticUniverse universe = staticData.universe();
        MapSystem system = universe.system(systemId)
                .orElseThrow(() -> new NotFoundException("solar system " + systemId.value() + " not found"));
        Instant now = clock.instant();
        return new SystemReport(
                system,
                universe.constellation(system.constellationId())
                        .map(MapConstellation::name)
                        .orElse(null),
                universe.region(system.regionId()).map(MapRegion::name).orElse(null),
                system.factionId() == null
                        ? null
                        : staticData.factionName(system.factionId()).orElse(null),
                sovereignty.holders().stream()
                        .filter(h -> h.systemId().equals(systemId))
                        .findFirst()
                        .orElse(null),
                activity.latestHour().orElse(null),
                activity.totalsSince(ActivityWindow.HOUR.since(now), systemId),
                activity.totalsSince(ActivityWindow.DAY.since(now), systemId),
                incursions.all().stream()
                        .filter(i -> i.infestedSolarSystems().contains(systemId))
                        .findFirst()
                        .orElse(null),
                sovereignty.campaigns().stream()
                        .filter(c -> c.solarSystemId().equals(systemId))
                        .toList());
    }
}
