package org.eveseat.domain.market.service;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;

/** The Forge (Jita, Perimeter) and Domain (Amarr), two types and three stations, and orders and pages in them. */
final class MarketFixtures {
    static final RegionId FORGE = new RegionId(10000002);
    static final RegionId DOMAIN = new RegionId(10000043);
    static final SolarSystemId JITA = new SolarSystemId(30000142);
    static final SolarSystemId PERIMETER = new SolarSystemId(30000144);
    static final SolarSystemId AMARR = new SolarSystemId(30002187);
    /** Two jumps from Jita, through Perimeter. */
    static final SolarSystemId URLEN = new SolarSystemId(30000139);
    static final long JITA_4_4 = 60003760L;
    static final long PERIMETER_STATION = 60003463L;
    static final long AMARR_ACADEMY = 60008494L;
    static final TypeId TRITANIUM = new TypeId(34);
    static final TypeId PYERITE = new TypeId(35);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    static final StaticData STATIC_DATA = staticData();

    private MarketFixtures() {
    }

    /** The static data's answers these tests read; everything else answers nothing. */
    private static StaticData staticData() {
        StaticUniverse universe = new StaticUniverse("test",
                List.of(new MapRegion(FORGE, "The Forge", null), new MapRegion(DOMAIN, "Domain", null)),
                List.of(new MapConstellation(new ConstellationId(20000020), "Kimotoro", FORGE, null),
                        new MapConstellation(new ConstellationId(20000322), "Throne Worlds", DOMAIN, null)),
                List.of(system(JITA, "Jita", 20000020, FORGE, 0.946), system(PERIMETER, "Perimeter", 20000020, FORGE,
                        0.95), system(AMARR, "Amarr", 20000322, DOMAIN, 1.0)), List.of());
        Map<Long, String> stations = Map.of(JITA_4_4, "Jita IV - Moon 4 - Caldari Navy Assembly Plant",
                PERIMETER_STATION, "Perimeter II - Moon 1 - Caldari Navy Testing Facilities", AMARR_ACADEMY,
                "Amarr VIII (Oris) - Emperor Family Academy");
        Map<Long, SolarSystemId> stationSystems = Map.of(JITA_4_4, JITA, PERIMETER_STATION, PERIMETER, AMARR_ACADEMY,
                AMARR);
        Map<TypeId, String> types = Map.of(TRITANIUM, "Tritanium", PYERITE, "Pyerite");
        StaticData data = mock(StaticData.class);
        when(data.universe()).thenReturn(universe);
        when(data.type(any())).thenAnswer(call -> Optional.ofNullable(types.get(call.<TypeId>getArgument(0)))
                .map(name -> new StaticType(call.getArgument(0), name, 18, "Mineral", 4, "Material", 0.01, null, 1857L,
                        true)));
        when(data.stationName(anyLong()))
                .thenAnswer(call -> Optional.ofNullable(stations.get(call.<Long>getArgument(0))));
        when(data.stationSystem(anyLong()))
                .thenAnswer(call -> Optional.ofNullable(stationSystems.get(call.<Long>getArgument(0))));
        Map<SolarSystemId, Set<SolarSystemId>> gates = Map.of(JITA, Set.of(PERIMETER), PERIMETER, Set.of(JITA, URLEN),
                URLEN, Set.of(PERIMETER));
        when(data.neighbours(any())).thenAnswer(call -> gates.getOrDefault(call.<SolarSystemId>getArgument(0),
                Set.of()));
        return data;
    }

    private static MapSystem system(SolarSystemId id, String name, long constellation, RegionId region, double sec) {
        return new MapSystem(id, name, new ConstellationId(constellation), region, sec, new Position(0, 0, 0), 0.0,
                0.0, null);
    }

    static MarketOrder sell(long id, String price, long volume) {
        return order(id, false, price, volume, JITA_4_4, JITA);
    }

    static MarketOrder buy(long id, String price, long volume) {
        return order(id, true, price, volume, JITA_4_4, JITA);
    }

    static MarketOrder order(long id, boolean buy, String price, long volume, long station, SolarSystemId system) {
        return ranged(id, buy, price, volume, station, system, buy ? OrderRange.STATION : OrderRange.REGION);
    }

    static MarketOrder ranged(long id, boolean buy, String price, long volume, long station, SolarSystemId system,
                              OrderRange range) {
        return new MarketOrder(id, TRITANIUM, buy, Isk.of(price), volume, volume * 2, 1, range, station, system,
                NOW.minusSeconds(3600), 90);
    }

    static BookPage page(int number, int count, String lastModified, MarketOrder... orders) {
        return new BookPage(number, count, List.of(orders), lastModified, NOW.plusSeconds(300));
    }
}
