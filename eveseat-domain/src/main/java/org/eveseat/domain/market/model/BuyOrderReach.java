package org.eveseat.domain.market.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eveseat.domain.shared.SolarSystemId;

/**
 * Which buy orders a seller at a station can fill, as the game's market decides: a buy order's range reaches its own
 * station, its solar system, a number of jumps from its system, or its whole region. The jumps are counted over the
 * gates from the seller's system (at most 40, the longest range).
 */
public final class BuyOrderReach {
    private static final int LONGEST = 40;

    private final long stationId;
    private final SolarSystemId systemId;
    private final Function<SolarSystemId, Set<SolarSystemId>> neighbours;
    private Map<SolarSystemId, Integer> jumps;

    /**
     * @param systemId the station's system, null if unknown (then only its own and region-wide orders reach it)
     * @param neighbours the systems one gate jump from a system
     */
    public BuyOrderReach(long stationId, SolarSystemId systemId, Function<SolarSystemId, Set<SolarSystemId>> neighbours) {
        this.stationId = stationId;
        this.systemId = systemId;
        this.neighbours = neighbours;
    }

    public boolean reaches(MarketOrder buy) {
        return switch (buy.range()) {
            case REGION -> true;
            case STATION, UNKNOWN -> buy.locationId() == stationId;
            case SOLAR_SYSTEM -> buy.locationId() == stationId || buy.systemId().equals(systemId);
            default -> buy.locationId() == stationId || jumps().getOrDefault(buy.systemId(), Integer.MAX_VALUE)
                    <= Integer.parseInt(buy.range().esiValue());
        };
    }

    /** Jumps from the station's system, counted the first time an order's range needs them. */
    private Map<SolarSystemId, Integer> jumps() {
        if (jumps == null) {
            jumps = systemId == null ? Map.of() : distances(systemId);
        }
        return jumps;
    }

    private Map<SolarSystemId, Integer> distances(SolarSystemId from) {
        Map<SolarSystemId, Integer> found = new HashMap<>();
        Deque<SolarSystemId> next = new ArrayDeque<>();
        found.put(from, 0);
        next.add(from);
        while (!next.isEmpty()) {
            SolarSystemId system = next.poll();
            int distance = found.get(system);
            if (distance < LONGEST) {
                for (SolarSystemId neighbour : neighbours.apply(system)) {
                    if (found.putIfAbsent(neighbour, distance + 1) == null) {
                        next.add(neighbour);
                    }
                }
            }
        }
        return found;
    }
}
