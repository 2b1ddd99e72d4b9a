package org.eveseat.domain.universe.model;

import java.util.Map;
import java.util.Optional;

/**
 * The names found for a set of ids, for one answer. An id without a name here is one neither the static data,
 * the stored names nor ESI (in time) could name: players see a neutral placeholder for it.
 */
public record EntityNames(Map<Long, ResolvedName> known) {
    public EntityNames {
        known = Map.copyOf(known);
    }

    public static EntityNames none() {
        return new EntityNames(Map.of());
    }

    public Optional<ResolvedName> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(known.get(id));
    }

    /** The name, or null for an absent or unknown id. */
    public String name(Long id) {
        return find(id).map(ResolvedName::name).orElse(null);
    }
}
