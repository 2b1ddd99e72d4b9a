package org.eveseat.domain.market.service;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.port.in.ResolveBookScopeQuery;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Checks a book's place against the static data: unknown region, system or station is a 404, a system outside the
 * given region a 400. A station's region is that of the stored book holding its orders.
 */
public class ResolveBookScopeService implements ResolveBookScopeQuery {
    private final StaticData staticData;
    private final BookSnapshotRepository snapshots;

    public ResolveBookScopeService(StaticData staticData, BookSnapshotRepository snapshots) {
        this.staticData = staticData;
        this.snapshots = snapshots;
    }

    @Override
    public BookScope scope(Long regionId, Long systemId, Long stationId) {
        if (regionId == null && systemId == null && stationId == null) {
            throw new RuleViolationException("give a regionId, systemId or stationId");
        }
        RegionId region = regionId == null ? null : knownRegion(new RegionId(regionId));
        SolarSystemId system = null;
        if (systemId != null) {
            MapSystem known = staticData.universe().system(new SolarSystemId(systemId))
                    .orElseThrow(() -> new NotFoundException("unknown solar system " + systemId));
            region = sameRegion(region, known.regionId(), "solar system " + systemId);
            system = known.id();
        }
        if (stationId != null) {
            if (staticData.stationName(stationId).isEmpty()) {
                throw new NotFoundException("unknown station " + stationId);
            }
            if (region == null) {
                region = snapshots.regionOfStation(stationId).orElseThrow(() -> new NotFoundException(
                        "no stored order book has orders at station " + stationId + "; give its regionId"));
            }
        }
        return new BookScope(region, system, stationId);
    }

    private RegionId knownRegion(RegionId regionId) {
        staticData.universe().region(regionId).orElseThrow(() -> new NotFoundException("unknown region " + regionId));
        return regionId;
    }

    private static RegionId sameRegion(RegionId given, RegionId actual, String what) {
        if (given != null && !given.equals(actual)) {
            throw new RuleViolationException(what + " lies in region " + actual + ", not in " + given);
        }
        return actual;
    }
}
