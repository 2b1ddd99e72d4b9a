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
    private final Function<SolarSystemId, Map<SolarSystemId, Integer>> distances;
    private Map<SolarSystemId, Integer> jumps;

    /**
     * @param systemId the station's system, null if unknown (then only its own and region-wide orders reach it)
     * @param distances the jumps from a system to those within 40 ({@link #distances(SolarSystemId, Function)})
     */
    public BuyOrderReach(long stationId, SolarSystemId systemId,
                         Function<SolarSystemId, Map<SolarSystemId, Integer>> distances) {
        this.stationId = stationId;
        this.systemId = systemId;
        this.distances = distances;
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
            jumps = systemId == null ? Map.of() : distances.apply(systemId);
        }
        return jumps;
    }

    /** The systems within the longest range of {@code from}, with their jumps over the gates. */
    public static Map<SolarSystemId, Integer> distances(SolarSystemId from,
                                                        Function<SolarSystemId, Set<SolarSystemId>> neighbours) {
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
        return Map.copyOf(found);
    }
}
