package org.eveseat.domain.universe.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;

/** Static data that holds a geography and nothing else, for the services that read only that. */
record UniverseOnlyStaticData(StaticUniverse universe) implements StaticData {
    @Override
    public Optional<StaticType> type(TypeId typeId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> stationName(long stationId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> npcCorporationName(long corporationId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> factionName(long factionId) {
        return Optional.empty();
    }

    @Override
    public Optional<Blueprint> blueprint(TypeId blueprintTypeId) {
        return Optional.empty();
    }

    @Override
    public List<PlanetSchematic> schematics() {
        return List.of();
    }

    @Override
    public Optional<SolarSystemId> stationSystem(long locationId) {
        return Optional.empty();
    }

    @Override
    public Set<SolarSystemId> neighbours(SolarSystemId system) {
        return Set.of();
    }

    @Override
    public Map<TypeId, String> names() {
        return Map.of();
    }
}
