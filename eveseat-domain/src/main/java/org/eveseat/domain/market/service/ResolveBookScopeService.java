package org.eveseat.domain.market.service;

import java.util.Optional;
import java.util.function.Function;

import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.in.ResolveBookScopeQuery;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Checks a book's place against the static data: unknown region, system or station is a 404, a system or station
 * outside the given region (or a station outside the given system) a 400. A station the static data does not know
 * (a player structure) is known by its kept market's first read, or by the stored book that has orders there.
 */
public class ResolveBookScopeService implements ResolveBookScopeQuery {
    private final StaticData staticData;
    private final BookSnapshotRepository snapshots;
    private final Function<Long, Optional<StructureMarket>> structures;

    public ResolveBookScopeService(StaticData staticData, BookSnapshotRepository snapshots) {
        this(staticData, snapshots, id -> Optional.empty());
    }

    /** @param structures a kept player structure by id: its region is known from its first read */
    public ResolveBookScopeService(StaticData staticData, BookSnapshotRepository snapshots,
                                   Function<Long, Optional<StructureMarket>> structures) {
        this.staticData = staticData;
        this.snapshots = snapshots;
        this.structures = structures;
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
            Optional<SolarSystemId> at = staticData.stationSystem(stationId);
            if (system != null && at.isPresent() && !at.get().equals(system)) {
                throw new RuleViolationException("station " + stationId + " is not in solar system " + system);
            }
            RegionId stationRegion = at.flatMap(id -> staticData.universe().system(id)).map(MapSystem::regionId)
                    .or(() -> structures.apply(stationId).map(StructureMarket::regionId))
                    .or(() -> snapshots.regionOfStation(stationId))
                    .orElseThrow(() -> new NotFoundException("unknown station " + stationId));
            region = sameRegion(region, stationRegion, "station " + stationId);
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
