package org.eveseat.adapter.esi.fleet;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = "fleet";

    private EsiFleetClient client;
    private EsiGateway esi;

    protected EsiFleetAdapter() {
    }

    @Inject
    public EsiFleetAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiFleetClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<FleetMembership> membership(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/fleet", GROUP, characterId);
        return esi.read(op, etag -> client.membership(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.one(FleetMembershipDto.class, FleetMapper::toDomain));
    }

    @Override
    public EsiResult<FleetInfo> fleet(long fleetId, AccessToken token) {
        return esi.read(fleetRoute(fleetId, ""), etag -> client.fleet(fleetId, EsiJson.bearer(token), etag),
                EsiJson.one(FleetDto.class, FleetMapper::toDomain));
    }

    @Override
    public EsiResult<List<FleetMember>> members(long fleetId, AccessToken token) {
        return esi.read(fleetRoute(fleetId, "/members"), etag -> client.members(fleetId, EsiJson.bearer(token), etag),
                EsiJson.list(FleetMemberDto.class, FleetMapper::toDomain));
    }

    @Override
    public EsiResult<List<FleetWing>> wings(long fleetId, AccessToken token) {
        return esi.read(fleetRoute(fleetId, "/wings"), etag -> client.wings(fleetId, EsiJson.bearer(token), etag),
                EsiJson.list(FleetWingDto.class, FleetMapper::toDomain));
    }

    /**
     * Only the boss's token reads a fleet, but the port does not say whose it is: the fleet stands for the
     * boss's bucket, as the corporation does on corporation routes.
     */
    private static EsiOperation fleetRoute(long fleetId, String part) {
        return EsiOperation.owned("/fleets/" + fleetId + part, GROUP, "fleet", fleetId);
    }
}
