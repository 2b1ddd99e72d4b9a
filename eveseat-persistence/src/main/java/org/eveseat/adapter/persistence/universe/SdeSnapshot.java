package org.eveseat.adapter.persistence.universe;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticUniverse;

/**
 * The part of one static data version kept in memory, because features read it on every request: the
 * geography, the names of published types, stations, NPC corporations and factions, and the gate neighbours.
 */
record SdeSnapshot(long version, StaticUniverse universe, Map<TypeId, String> typeNames,
                   Map<Long, Station> stations, Map<Long, String> npcCorporations, Map<Long, String> factions,
                   Map<SolarSystemId, Set<SolarSystemId>> neighbours) {
    static final SdeSnapshot EMPTY = new SdeSnapshot(0, new StaticUniverse("none", List.of(), List.of(), List.of(),
            List.of()), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    String schema() {
        return SdeVersions.schema(version);
    }

    record Station(String name, SolarSystemId system) {
    }
}
