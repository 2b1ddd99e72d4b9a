package org.eveseat.domain.character.service;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.character.model.Whereabouts;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.CharacterId;

/**
 * A pilot's location read from ESI and named, shared by the overview's status and the star map. ESI answers a read
 * before {@code Expires} without a body, so each reader keeping its own last answer would see the other's reads as
 * nothing: there is one memory of the last locations per domain.
 */
final class PilotLocationReads {
    private final PilotLocationEsi esi;
    private final StatusPlaces places;
    private final LastAnswers<CharacterId, PilotLocation> last = new LastAnswers<>();

    PilotLocationReads(PilotLocationEsi esi, StatusPlaces places) {
        this.esi = esi;
        this.places = places;
    }

    StatusPart<Whereabouts> read(LinkedCharacter character, AccessToken token) {
        CharacterId id = character.id();
        return last.read(id, () -> esi.location(id, token))
                .map(location ->
                        places.whereabouts(location, id, token, character.hasScope(StatusPlaces.READ_STRUCTURES)));
    }
}
