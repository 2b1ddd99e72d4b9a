package org.eveseat.domain.universe.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * New Eden's geography from one version of the static data: regions, constellations, systems and stargate links.
 * Immutable; a newer import is a new instance, so readers always see one version whole.
 */
public final class StaticUniverse {
    private final String version;
    private final List<MapRegion> regions;
    private final List<MapConstellation> constellations;
    private final List<MapSystem> systems;
    private final List<SystemLink> gates;
    private final Map<SolarSystemId, MapSystem> systemsById;
    private final Map<RegionId, MapRegion> regionsById;
    private final Map<ConstellationId, MapConstellation> constellationsById;

    public StaticUniverse(String version, List<MapRegion> regions, List<MapConstellation> constellations,
                          List<MapSystem> systems, List<SystemLink> gates) {
        Require.present(version, "static data version");
        this.version = version;
        this.regions = Require.list(regions, "regions");
        this.constellations = Require.list(constellations, "constellations");
        this.systems = Require.list(systems, "systems");
        this.gates = Require.list(gates, "gates");
        systemsById = this.systems.stream().collect(Collectors.toUnmodifiableMap(MapSystem::id, Function.identity()));
        regionsById = this.regions.stream().collect(Collectors.toUnmodifiableMap(MapRegion::id, Function.identity()));
        constellationsById = this.constellations.stream()
                .collect(Collectors.toUnmodifiableMap(MapConstellation::id, Function.identity()));
    }

    public String version() {
        return version;
    }

    public List<MapRegion> regions() {
        return regions;
    }

    public List<MapConstellation> constellations() {
        return constellations;
    }

    public List<MapSystem> systems() {
        return systems;
    }

    public List<SystemLink> gates() {
        return gates;
    }

    public Optional<MapSystem> system(SolarSystemId id) {
        return Optional.ofNullable(systemsById.get(id));
    }

    public Optional<MapRegion> region(RegionId id) {
        return Optional.ofNullable(regionsById.get(id));
    }

    public Optional<MapConstellation> constellation(ConstellationId id) {
        return Optional.ofNullable(constellationsById.get(id));
    }

    /** The system with its region's name, as answers list it. */
    public Optional<SystemPlace> place(SolarSystemId id) {
        return system(id).map(system -> new SystemPlace(id, system.name(), system.regionId(),
                region(system.regionId()).map(MapRegion::name).orElse(null)));
    }
}
