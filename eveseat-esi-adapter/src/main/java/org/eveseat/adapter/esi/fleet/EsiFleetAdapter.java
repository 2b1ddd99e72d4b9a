package org.eveseat.adapter.esi.fleet;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdFleet;
import org.eveseat.adapter.esi.common.dto.FleetsFleetIdMembers;
import org.eveseat.adapter.esi.common.dto.FleetsFleetId;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.fleet.model.FleetInfo;
import org.eveseat.domain.fleet.model.FleetMember;
import org.eveseat.domain.fleet.model.FleetMembership;
import org.eveseat.domain.fleet.model.FleetWing;
import org.eveseat.domain.fleet.port.out.FleetEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Fleets over ESI: the fleet a character is in (a 404 when in none, remembered by the gateway for a minute) and,
 * with the fleet boss's token, the fleet's settings, members and wings on their five-second cache.
 */
@ApplicationScoped
public class EsiFleetAdapter implements FleetEsi {
    private EsiTable esi;

    protected EsiFleetAdapter() {
    }

    @Inject
    public EsiFleetAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<FleetMembership> membership(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/fleet").with("character_id", characterId)
                .token(token), EsiJson.one(CharactersCharacterIdFleet.class, FleetMapper::toDomain));
    }

    /** Only the boss's token reads a fleet, and the port does not say whose it is: the fleet's bucket pays. */
    @Override
    public EsiResult<FleetInfo> fleet(long fleetId, AccessToken token) {
        return esi.read(fleet("", fleetId, token), EsiJson.one(FleetsFleetId.class, FleetMapper::toDomain));
    }

    @Override
    public EsiResult<List<FleetMember>> members(long fleetId, AccessToken token) {
        return esi.read(fleet("/members", fleetId, token), EsiJson.list(FleetsFleetIdMembers.class, FleetMapper::toDomain));
    }

    @Override
    public EsiResult<List<FleetWing>> wings(long fleetId, AccessToken token) {
        return esi.read(fleet("/wings", fleetId, token), EsiJson.list(FleetWingDto.class, FleetMapper::toDomain));
    }

    private static EsiRequest fleet(String part, long fleetId, AccessToken token) {
        return EsiRequest.of("GET /fleets/{fleet_id}" + part).with("fleet_id", fleetId).token(token);
    }
}
