package org.eveseat.adapter.persistence.universe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.port.out.StarMap;

/**
 * The star map from the static data in the jar: about 5,000 stations and 7,000 stargate pairs, loaded on first
 * use (a few milliseconds) and kept, since they only change with a new release of the data.
 */
@ApplicationScoped
public class SdeStarMap implements StarMap {
    private volatile Map<Long, SolarSystemId> stations;
    private volatile Map<SolarSystemId, Set<SolarSystemId>> gates;

    @Override
    public Optional<SolarSystemId> stationSystem(long locationId) {
        if (stations == null) {
            Map<Long, SolarSystemId> loaded = new HashMap<>();
            SdeFile.read("station-systems.csv", ",",
                    row -> loaded.put(Long.parseLong(row[0]), new SolarSystemId(Long.parseLong(row[1]))));
            stations = Map.copyOf(loaded);
        }
        return Optional.ofNullable(stations.get(locationId));
    }

    @Override
    public Set<SolarSystemId> neighbours(SolarSystemId system) {
        if (gates == null) {
            Map<SolarSystemId, Set<SolarSystemId>> loaded = new HashMap<>();
            SdeFile.read("stargate-pairs.csv", ",", row -> {
                SolarSystemId one = new SolarSystemId(Long.parseLong(row[0]));
                SolarSystemId other = new SolarSystemId(Long.parseLong(row[1]));
                loaded.computeIfAbsent(one, s -> new HashSet<>()).add(other);
                loaded.computeIfAbsent(other, s -> new HashSet<>()).add(one);
            });
            gates = Map.copyOf(loaded);
        }
        return gates.getOrDefault(system, Set.of());
    }
}
