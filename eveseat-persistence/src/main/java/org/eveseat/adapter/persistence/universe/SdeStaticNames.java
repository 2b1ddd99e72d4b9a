package org.eveseat.adapter.persistence.universe;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.StaticNames;

/**
 * The names the static data holds: types, solar systems, stations, NPC corporations and factions. EVE keeps each
 * kind of id in its own range (https://docs.esi.evetech.net/docs/id_ranges.html), so an id is asked of the table
 * its range belongs to; the rest (pilots, player corporations, alliances, structures) are left to ESI.
 */
@ApplicationScoped
public class SdeStaticNames implements StaticNames {
    private static final long FIRST_FACTION = 500_000L;
    private static final long FIRST_NPC_CORPORATION = 1_000_000L;
    private static final long FIRST_CHARACTER = 3_000_000L;
    private static final long FIRST_SYSTEM = 30_000_000L;
    private static final long FIRST_WORMHOLE_OUTSIDE = 33_000_000L;
    private static final long FIRST_STATION = 60_000_000L;
    private static final long FIRST_OUTPOST_OUTSIDE = 64_000_000L;

    private StaticData data;

    protected SdeStaticNames() {
        // for CDI
    }

    @Inject
    public SdeStaticNames(StaticData data) {
        this.data = data;
    }

    @Override
    public Map<Long, ResolvedName> find(Set<Long> ids) {
        Map<Long, ResolvedName> names = new HashMap<>();
        for (long id : ids) {
            name(id).ifPresent(name -> names.put(id, name));
        }
        return names;
    }

    private Optional<ResolvedName> name(long id) {
        if (id > 0 && id < FIRST_FACTION) {
            return named(id, Optional.ofNullable(data.names().get(new TypeId(id))), NameCategory.INVENTORY_TYPE);
        } else if (id < FIRST_NPC_CORPORATION) {
            return named(id, data.factionName(id), NameCategory.FACTION);
        } else if (id < FIRST_CHARACTER) {
            return named(id, data.npcCorporationName(id), NameCategory.CORPORATION);
        } else if (id >= FIRST_SYSTEM && id < FIRST_WORMHOLE_OUTSIDE) {
            return named(id, data.place(new SolarSystemId(id)).map(SystemPlace::systemName), NameCategory.SOLAR_SYSTEM);
        } else if (id >= FIRST_STATION && id < FIRST_OUTPOST_OUTSIDE) {
            return named(id, data.stationName(id), NameCategory.STATION);
        }
        return Optional.empty();
    }

    private static Optional<ResolvedName> named(long id, Optional<String> name, NameCategory category) {
        return name.map(found -> new ResolvedName(id, found, category));
    }
}
