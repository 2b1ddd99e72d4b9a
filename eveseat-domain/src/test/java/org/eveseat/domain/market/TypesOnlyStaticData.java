package org.eveseat.domain.market;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Static data with a few types and station names and the hubs' regions, for the market services; counts the bulk
 * type lookups.
 */
public class TypesOnlyStaticData implements StaticData {
    private final StaticUniverse universe = new StaticUniverse("test", TradeHub.ALL.stream()
            .map(hub -> new MapRegion(hub.regionId(), hub.regionName(), null)).toList(), List.of(), List.of(),
            List.of());
    private final Map<TypeId, StaticType> types = new HashMap<>();
    private final Map<Long, String> stations = new HashMap<>();
    private final Map<Long, SolarSystemId> stationSystems = new HashMap<>();
    private int bulkReads;

    /** A market type in category 4 (material); a packaged volume makes it a ship's. */
    public TypesOnlyStaticData type(long id, String name, double volume, Double packagedVolume) {
        types.put(new TypeId(id), new StaticType(new TypeId(id), name, 18, "Mineral", 4, "Material", volume,
                packagedVolume, 1857L, true));
        return this;
    }

    public TypesOnlyStaticData station(long id, String name, long systemId) {
        stations.put(id, name);
        stationSystems.put(id, new SolarSystemId(systemId));
        return this;
    }

    public int bulkReads() {
        return bulkReads;
    }

    @Override
    public StaticUniverse universe() {
        return universe;
    }

    @Override
    public Optional<StaticType> type(TypeId typeId) {
        return Optional.ofNullable(types.get(typeId));
    }

    @Override
    public Map<TypeId, StaticType> types(Collection<TypeId> typeIds) {
        bulkReads++;
        return StaticData.super.types(typeIds);
    }

    @Override
    public Optional<String> stationName(long stationId) {
        return Optional.ofNullable(stations.get(stationId));
    }

    @Override
    public Optional<String> npcCorporationName(long corporationId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> factionName(long factionId) {
        return Optional.empty();
    }

    @Override
    public Optional<Blueprint> blueprint(TypeId blueprintTypeId) {
        return Optional.empty();
    }

    @Override
    public List<PlanetSchematic> schematics() {
        return List.of();
    }

    @Override
    public Optional<SolarSystemId> stationSystem(long locationId) {
        return Optional.ofNullable(stationSystems.get(locationId));
    }

    @Override
    public Set<SolarSystemId> neighbours(SolarSystemId system) {
        return Set.of();
    }

    @Override
    public Map<TypeId, String> names() {
        Map<TypeId, String> names = new HashMap<>();
        types.forEach((id, type) -> names.put(id, type.name()));
        return names;
    }
}
