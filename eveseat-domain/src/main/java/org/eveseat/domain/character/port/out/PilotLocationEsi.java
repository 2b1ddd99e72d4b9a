package org.eveseat.domain.character.port.out;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/** A pilot's current location, ship and online state on ESI, each behind its own scope. */
public interface PilotLocationEsi {
    String READ_LOCATION = "esi-location.read_location.v1";
    String READ_SHIP_TYPE = "esi-location.read_ship_type.v1";
    String READ_ONLINE = "esi-location.read_online.v1";

    EsiResult<PilotLocation> location(CharacterId characterId, AccessToken token);

    EsiResult<PilotShip> ship(CharacterId characterId, AccessToken token);

    EsiResult<PilotOnline> online(CharacterId characterId, AccessToken token);
}
