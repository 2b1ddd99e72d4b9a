package org.eveseat.domain.character.service;

import java.util.Optional;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.character.model.ShipStatus;
import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.character.model.Whereabouts;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.model.UpwellStructure;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * Names a pilot's location and ship: systems, regions, stations and types from the static data, a player structure
 * through ESI with the pilot's own token (only those on its access list may read it; otherwise it stays unnamed).
 */
final class StatusPlaces {
    static final String READ_STRUCTURES = "esi-universe.read_structures.v1";

    private final StaticData staticData;
    private final UniverseCatalogueEsi universe;
    private final LastAnswers<Long, UpwellStructure> structures = new LastAnswers<>();

    StatusPlaces(StaticData staticData, UniverseCatalogueEsi universe) {
        this.staticData = staticData;
        this.universe = universe;
    }

    Whereabouts whereabouts(PilotLocation location, CharacterId pilot, AccessToken token, boolean mayReadStructures) {
        SystemPlace place = staticData.place(location.systemId()).orElse(SystemPlace.unknown(location.systemId()));
        Double security = staticData.universe().system(location.systemId()).map(MapSystem::security).orElse(null);
        if (location.structureId() != null) {
            String name = mayReadStructures ? structureName(location.structureId(), pilot, token) : null;
            return new Whereabouts(place.systemId(), place.systemName(), security, place.regionId(),
                    place.regionName(), location.structureId(), name, true);
        }
        String station = location.stationId() == null ? null : staticData.stationName(location.stationId()).orElse(null);
        return new Whereabouts(place.systemId(), place.systemName(), security, place.regionId(), place.regionName(),
                location.stationId(), station, false);
    }

    ShipStatus ship(PilotShip ship) {
        String typeName = staticData.type(ship.typeId()).map(StaticType::name).orElse(null);
        return new ShipStatus(ship.typeId(), typeName, ship.itemId(), ship.name());
    }

    private String structureName(long structureId, CharacterId pilot, AccessToken token) {
        try {
            StatusPart<UpwellStructure> part = structures.read(structureId,
                    () -> universe.structure(structureId, pilot, token));
            return Optional.ofNullable(part.value()).map(UpwellStructure::name).orElse(null);
        } catch (DomainException refused) {
            return null;
        }
    }
}
