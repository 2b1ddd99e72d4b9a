package org.eveseat.domain.universe.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.RegionPoint;
import org.eveseat.domain.universe.model.SchematicMap;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.in.UniverseMapQuery;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Cuts the schematic map from the static data. The whole map holds the systems that have a 2D position (known
 * space); a region's map holds all its systems, those without one (wormhole space) placed by their 3D x and z.
 */
public class UniverseMapService implements UniverseMapQuery {
    private final StaticData staticData;

    public UniverseMapService(StaticData staticData) {
        this.staticData = staticData;
    }

    @Override
    public SchematicMap map(RegionId region) {
        StaticUniverse universe = staticData.universe();
        if (region != null && universe.region(region).isEmpty()) {
            throw new NotFoundException("no region has the id " + region.value());
        }
        Predicate<MapSystem> wanted = region == null ? MapSystem::onSchematicMap
                : system -> system.regionId().equals(region);
        List<MapSystem> systems = universe.systems().stream().filter(wanted).map(UniverseMapService::placed)
                .toList();
        Set<SolarSystemId> listed = systems.stream().map(MapSystem::id).collect(Collectors.toSet());
        Map<RegionId, List<MapSystem>> byRegion = systems.stream()
                .collect(Collectors.groupingBy(MapSystem::regionId));
        List<RegionPoint> regions = universe.regions().stream().filter(r -> byRegion.containsKey(r.id()))
                .map(r -> new RegionPoint(r, mean(byRegion.get(r.id()), true), mean(byRegion.get(r.id()), false)))
                .toList();
        return new SchematicMap(universe.version(), regions, systems, universe.gates().stream()
                .filter(gate -> listed.contains(gate.one()) && listed.contains(gate.other())).toList());
    }

    private static MapSystem placed(MapSystem system) {
        return system.onSchematicMap() ? system : new MapSystem(system.id(), system.name(),
                system.constellationId(), system.regionId(), system.security(), system.position(),
                system.position().x(), system.position().z(), system.factionId());
    }

    private static double mean(List<MapSystem> systems, boolean x) {
        return systems.stream().mapToDouble(system -> x ? system.x2d() : system.y2d()).average().orElse(0);
    }
}
