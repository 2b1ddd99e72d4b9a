package org.eveseat.domain.market.model;

import java.util.List;
import java.util.Optional;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * One of New Eden's five trade hubs: the NPC station where most of a region's trade happens, with its system and
 * region. Jita first: it is the largest by far.
 */
public record TradeHub(long stationId, String stationName, SolarSystemId systemId, String systemName,
                       RegionId regionId, String regionName) {
    public static final TradeHub JITA = hub(60003760, "Jita IV - Moon 4 - Caldari Navy Assembly Plant", 30000142,
            "Jita", 10000002, "The Forge");
    public static final TradeHub AMARR = hub(60008494, "Amarr VIII (Oris) - Emperor Family Academy", 30002187,
            "Amarr", 10000043, "Domain");
    public static final TradeHub DODIXIE = hub(60011866, "Dodixie IX - Moon 20 - Federation Navy Assembly Plant",
            30002659, "Dodixie", 10000032, "Sinq Laison");
    public static final TradeHub RENS = hub(60004588, "Rens VI - Moon 8 - Brutor Tribe Treasury", 30002510, "Rens",
            10000030, "Heimatar");
    public static final TradeHub HEK = hub(60005686, "Hek VIII - Moon 12 - Boundless Creation Factory", 30002053,
            "Hek", 10000042, "Metropolis");
    public static final List<TradeHub> ALL = List.of(JITA, AMARR, DODIXIE, RENS, HEK);

    public TradeHub {
        Require.positive(stationId, "station id");
        Require.present(stationName, "station name");
        Require.present(systemId, "solar system");
        Require.present(regionId, "region");
    }

    public static Optional<TradeHub> atStation(long stationId) {
        return ALL.stream().filter(hub -> hub.stationId == stationId).findFirst();
    }

    private static TradeHub hub(long station, String stationName, long system, String systemName, long region,
                                String regionName) {
        return new TradeHub(station, stationName, new SolarSystemId(system), systemName, new RegionId(region),
                regionName);
    }
}
