package org.eveseat.domain.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * The five hubs (their systems, regions and owners as in the static data) and a few types, for the pricing tests.
 */
public class PricingStaticData implements StaticData {
    public static final TypeId TRITANIUM = new TypeId(34);
    public static final TypeId RIFTER = new TypeId(587);
    public static final TypeId PYERITE = new TypeId(35);
    public static final TypeId LARGE_SHIELD_EXTENDER_II = new TypeId(3841);
    /** Published but not sold on the market. */
    public static final TypeId CIVILIAN_GUN = new TypeId(3634);
    public static final long CALDARI_NAVY = 1000035;
    public static final long CALDARI_STATE = 500001;
    public static final long EMPEROR_FAMILY = 1000086;
    public static final long AMARR_EMPIRE = 500003;

    private final StaticUniverse universe;
    private final Map<TypeId, StaticType> types = new HashMap<>();
    private final Map<Long, StationOwner> owners = Map.of(TradeHub.JITA.stationId(),
            new StationOwner(CALDARI_NAVY, CALDARI_STATE), TradeHub.AMARR.stationId(),
            new StationOwner(EMPEROR_FAMILY, AMARR_EMPIRE));

    public PricingStaticData() {
        List<MapRegion> regions = new ArrayList<>();
        List<MapConstellation> constellations = new ArrayList<>();
        List<MapSystem> systems = new ArrayList<>();
        long constellation = 20000001;
        for (TradeHub hub : TradeHub.ALL) {
            regions.add(new MapRegion(hub.regionId(), hub.regionName(), null));
            constellations.add(new MapConstellation(new ConstellationId(constellation), "C" + constellation,
                    hub.regionId(), null));
            systems.add(new MapSystem(hub.systemId(), hub.systemName(), new ConstellationId(constellation++),
                    hub.regionId(), 0.9, new Position(0, 0, 0), 0.0, 0.0, null));
        }
        universe = new StaticUniverse("test", regions, constellations, systems, List.of());
        type(TRITANIUM, "Tritanium", 0.01, null, 1857L);
        type(PYERITE, "Pyerite", 0.01, null, 1857L);
        type(RIFTER, "Rifter", 27289, 2500.0, 64L);
        type(LARGE_SHIELD_EXTENDER_II, "Large Shield Extender II", 5, null, 553L);
        type(CIVILIAN_GUN, "Civilian Gatling Railgun", 5, null, null);
    }

    private void type(TypeId id, String name, double volume, Double packaged, Long marketGroup) {
        types.put(id, new StaticType(id, name, 18, "Group", 4, "Category", volume, packaged, marketGroup, true));
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
    public Optional<String> stationName(long stationId) {
        return TradeHub.atStation(stationId).map(TradeHub::stationName);
    }

    @Override
    public Optional<StationOwner> stationOwner(long stationId) {
        return Optional.ofNullable(owners.get(stationId));
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
        return TradeHub.atStation(locationId).map(TradeHub::systemId);
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
