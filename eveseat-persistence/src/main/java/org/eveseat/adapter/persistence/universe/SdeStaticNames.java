package org.eveseat.adapter.persistence.universe;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.StaticNames;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * The names the static data in the jar holds: types, and solar systems with their regions. EVE keeps each kind
 * of id in its own range, so an id is asked of the catalogue its range belongs to.
 */
@ApplicationScoped
public class SdeStaticNames implements StaticNames {
    /** Factions start here; types stay below. */
    private static final long FIRST_FACTION = 500_000L;
    private static final long FIRST_SYSTEM = 30_000_000L;
    private static final long LAST_SYSTEM = 33_000_000L;

    private TypeNameCatalogue types;
    private SolarSystemCatalogue systems;

    protected SdeStaticNames() {
        // for CDI
    }

    @Inject
    public SdeStaticNames(TypeNameCatalogue types, SolarSystemCatalogue systems) {
        this.types = types;
        this.systems = systems;
    }

    @Override
    public Map<Long, ResolvedName> find(Set<Long> ids) {
        Map<Long, ResolvedName> names = new HashMap<>();
        for (long id : ids) {
            if (id >= FIRST_SYSTEM && id < LAST_SYSTEM) {
                systems.place(new SolarSystemId(id)).filter(place -> place.systemName() != null).ifPresent(place ->
                        names.put(id, new ResolvedName(id, place.systemName(), NameCategory.SOLAR_SYSTEM)));
            } else if (id > 0 && id < FIRST_FACTION) {
                String type = types.names().get(new TypeId(id));
                if (type != null) {
                    names.put(id, new ResolvedName(id, type, NameCategory.INVENTORY_TYPE));
                }
            }
        }
        return names;
    }
}
