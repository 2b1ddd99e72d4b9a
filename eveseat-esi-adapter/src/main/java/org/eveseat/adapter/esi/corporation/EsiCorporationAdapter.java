package org.eveseat.adapter.esi.corporation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CorporationsCorporationIdRoles;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.model.CorporationStructure;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A corporation over ESI: the public profile (no rate-limit group), and with a member's token the member list
 * and roles, the structures (X-Pages, walked whole) and the division names. The authed reads are charged to the
 * corporation's bucket in the group the spec gives each route (division names: the wallet group).
 */
@ApplicationScoped
public class EsiCorporationAdapter implements CorporationEsi {
    private EsiTable esi;

    protected EsiCorporationAdapter() {
    }

    @Inject
    public EsiCorporationAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<CorporationInfo> info(CorporationId corporationId) {
        return esi.read(EsiRequest.of("GET /corporations/{corporation_id}").with("corporation_id", corporationId),
                EsiJson.one(CorporationInfoDto.class, CorporationMapper.toInfo(corporationId)));
    }

    @Override
    public EsiResult<List<CharacterId>> members(CorporationId corporationId, AccessToken token) {
        return esi.read(request("/members", corporationId, token), EsiJson.list(Long.class, CharacterId::new));
    }

    @Override
    public EsiResult<List<MemberRoles>> roles(CorporationId corporationId, AccessToken token) {
        return esi.read(request("/roles", corporationId, token),
                EsiJson.list(CorporationsCorporationIdRoles.class, CorporationMapper::toRoles));
    }

    @Override
    public EsiResult<List<CorporationStructure>> structures(CorporationId corporationId, AccessToken token) {
        return esi.readPages(request("/structures", corporationId, token),
                EsiJson.list(StructureDto.class, CorporationMapper::toStructure));
    }

    @Override
    public EsiResult<CorporationDivisions> divisions(CorporationId corporationId, AccessToken token) {
        return esi.read(request("/divisions", corporationId, token),
                EsiJson.one(DivisionsDto.class, CorporationMapper::toDivisions));
    }

    private static EsiRequest request(String part, CorporationId corporationId, AccessToken token) {
        return EsiRequest.of("GET /corporations/{corporation_id}" + part).with("corporation_id", corporationId)
                .token(token);
    }
}
