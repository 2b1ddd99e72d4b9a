package org.eveseat.domain.universe.port.out;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * The EVE static data every feature reads: geography, types, stations, NPC corporations and factions,
 * blueprints and planetary schematics, always of one version whole. The narrower {@link StarMap},
 * {@link SolarSystemCatalogue} and {@link TypeNameCatalogue} are views of it for the features that need only
 * names or gates.
 */
public interface StaticData extends StarMap, SolarSystemCatalogue, TypeNameCatalogue {
    /** The geography of the current version. */
    StaticUniverse universe();

    @Override
    default Optional<SystemPlace> place(SolarSystemId systemId) {
        return universe().place(systemId);
    }

    /** A type with its group and category; empty for an id the static data does not know. */
    Optional<StaticType> type(TypeId typeId);

    /** The known types among the ids, by id (unknown ids are left out); implementations read them at once. */
    default Map<TypeId, StaticType> types(Collection<TypeId> typeIds) {
        Map<TypeId, StaticType> found = new HashMap<>();
        typeIds.forEach(id -> type(id).ifPresent(type -> found.put(id, type)));
        return found;
    }

    Optional<String> stationName(long stationId);

    /** The name of an NPC corporation (a station owner, an LP store's corporation). */
    Optional<String> npcCorporationName(long corporationId);

    Optional<String> factionName(long factionId);

    /** A blueprint with its activities; empty for a type that is no blueprint. */
    Optional<Blueprint> blueprint(TypeId blueprintTypeId);

    /** Every planetary schematic, by id. */
    List<PlanetSchematic> schematics();

    /**
     * Who runs an NPC station (market fees depend on standings with it); empty for a station unknown here, and
     * from an implementation that keeps no owners.
     */
    default Optional<StationOwner> stationOwner(long stationId) {
        return Optional.empty();
    }
}
