package org.eveseat.domain.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.StationOwner;

/**
 * The five hubs (their systems, regions, and for Jita and Amarr the owners, as in the static data) and a few types,
 * one of them not sold on the market, for the pricing tests.
 */
public class PricingStaticData extends TypesOnlyStaticData {
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

    private static final StaticType CIVILIAN = new StaticType(CIVILIAN_GUN, "Civilian Gatling Railgun", 74,
            "Hybrid Weapon", 7, "Module", 5, null, null, true);
    private final StaticUniverse universe;
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
            station(hub.stationId(), hub.stationName(), hub.systemId().value());
        }
        universe = new StaticUniverse("test", regions, constellations, systems, List.of());
        type(TRITANIUM.value(), "Tritanium", 0.01, null);
        type(PYERITE.value(), "Pyerite", 0.01, null);
        type(RIFTER.value(), "Rifter", 27289, 2500.0);
        type(LARGE_SHIELD_EXTENDER_II.value(), "Large Shield Extender II", 5, null);
    }

    @Override
    public StaticUniverse universe() {
        return universe;
    }

    @Override
    public Optional<StaticType> type(TypeId typeId) {
        return typeId.equals(CIVILIAN_GUN) ? Optional.of(CIVILIAN) : super.type(typeId);
    }

    @Override
    public Optional<StationOwner> stationOwner(long stationId) {
        return Optional.ofNullable(owners.get(stationId));
    }

    @Override
    public Map<TypeId, String> names() {
        Map<TypeId, String> names = new HashMap<>(super.names());
        names.put(CIVILIAN_GUN, CIVILIAN.name());
        return names;
    }
}
