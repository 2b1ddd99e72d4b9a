package org.eveseat.domain.market.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * The types a route may carry, with the room a unit takes in a hold (packaged, for ships), kept for as long as
 * the static data's version stays the same: a search over every hub asks for thousands of types at once.
 */
final class TypeVolumes {
    private final StaticData staticData;
    private volatile StaticUniverse version;
    private final Map<TypeId, StaticType> known = new ConcurrentHashMap<>();
    private final Set<TypeId> unknown = ConcurrentHashMap.newKeySet();

    TypeVolumes(StaticData staticData) {
        this.staticData = staticData;
    }

    /** The types of the given ids the static data knows; unknown ones are left out. */
    Map<TypeId, StaticType> types(Collection<TypeId> ids) {
        StaticUniverse current = staticData.universe();
        if (current != version) {
            known.clear();
            unknown.clear();
            version = current;
        }
        List<TypeId> missing = ids.stream().filter(id -> !known.containsKey(id) && !unknown.contains(id)).toList();
        if (!missing.isEmpty()) {
            Map<TypeId, StaticType> found = staticData.types(missing);
            known.putAll(found);
            missing.stream().filter(id -> !found.containsKey(id)).forEach(unknown::add);
        }
        return known;
    }
}
