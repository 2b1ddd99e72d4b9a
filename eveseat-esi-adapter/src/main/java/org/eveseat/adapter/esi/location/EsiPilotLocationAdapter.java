package org.eveseat.adapter.esi.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.adapter.esi.location.PilotLocationDtos.LocationDto;
import org.eveseat.adapter.esi.location.PilotLocationDtos.OnlineDto;
import org.eveseat.adapter.esi.location.PilotLocationDtos.ShipDto;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * A pilot's location, ship and online state, operations of the ESI table (scopes, the {@code char-location} rate
 * group and the 5 s and 60 s cache times come from the spec). Each read is cached like every other.
 */
@ApplicationScoped
public class EsiPilotLocationAdapter implements PilotLocationEsi {
    private EsiTable esi;

    protected EsiPilotLocationAdapter() {
    }

    @Inject
    public EsiPilotLocationAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<PilotLocation> location(CharacterId characterId, AccessToken token) {
        return esi.read(request("GET /characters/{character_id}/location", characterId, token),
                EsiJson.one(LocationDto.class, dto -> new PilotLocation(new SolarSystemId(dto.solarSystemId()),
                        dto.stationId(), dto.structureId())));
    }

    @Override
    public EsiResult<PilotShip> ship(CharacterId characterId, AccessToken token) {
        return esi.read(request("GET /characters/{character_id}/ship", characterId, token),
                EsiJson.one(ShipDto.class, dto -> new PilotShip(new TypeId(dto.shipTypeId()), dto.shipItemId(),
                        dto.shipName())));
    }

    @Override
    public EsiResult<PilotOnline> online(CharacterId characterId, AccessToken token) {
        return esi.read(request("GET /characters/{character_id}/online", characterId, token),
                EsiJson.one(OnlineDto.class, dto -> new PilotOnline(dto.online(), dto.lastLogin(), dto.lastLogout(),
                        dto.logins())));
    }

    private static EsiRequest request(String key, CharacterId characterId, AccessToken token) {
        return EsiRequest.of(key).with("character_id", characterId.value()).token(token);
    }
}
