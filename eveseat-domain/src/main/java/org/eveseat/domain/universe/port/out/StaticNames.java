package org.eveseat.domain.universe.port.out;

import java.util.Map;
import java.util.Set;

import org.eveseat.domain.universe.model.ResolvedName;

/**
 * Names the static data holds (types, solar systems, stations, NPC corporations, ...): they never need ESI.
 * Kept this narrow so that any static-data store can answer it.
 */
public interface StaticNames {
    /** The names of those ids the static data knows. */
    Map<Long, ResolvedName> find(Set<Long> ids);
}
