package org.eveseat.adapter.esi.corporation;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
 * corporation's bucket in the group the spec gives each route.
 */
@ApplicationScoped
public class EsiCorporationAdapter implements CorporationEsi {
    static final String MEMBER_GROUP = "corp-member";
    static final String STRUCTURE_GROUP = "corp-structure";
    /** The spec puts the division names in the wallet group. */
    static final String DIVISION_GROUP = "corp-wallet";

    private EsiCorporationClient client;
    private EsiGateway esi;

    protected EsiCorporationAdapter() {
    }

    @Inject
    public EsiCorporationAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiCorporationClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<CorporationInfo> info(CorporationId corporationId) {
        return esi.read(EsiOperation.open("/corporations/" + corporationId, RateLimitGroup.NONE),
                etag -> client.info(corporationId.value(), etag),
                EsiJson.one(CorporationInfoDto.class, CorporationMapper.toInfo(corporationId)));
    }

    @Override
    public EsiResult<List<CharacterId>> members(CorporationId corporationId, AccessToken token) {
        return esi.read(operation(corporationId, "/members", MEMBER_GROUP),
                etag -> client.members(corporationId.value(), bearer(token), etag),
                EsiJson.list(Long.class, CharacterId::new));
    }

    @Override
    public EsiResult<List<MemberRoles>> roles(CorporationId corporationId, AccessToken token) {
        return esi.read(operation(corporationId, "/roles", MEMBER_GROUP),
                etag -> client.roles(corporationId.value(), bearer(token), etag),
                EsiJson.list(MemberRolesDto.class, CorporationMapper::toRoles));
    }

    @Override
    public EsiResult<List<CorporationStructure>> structures(CorporationId corporationId, AccessToken token) {
        return esi.readPages(operation(corporationId, "/structures", STRUCTURE_GROUP),
                (page, etag) -> client.structures(corporationId.value(), page, bearer(token), etag),
                EsiJson.list(StructureDto.class, CorporationMapper::toStructure));
    }

    @Override
    public EsiResult<CorporationDivisions> divisions(CorporationId corporationId, AccessToken token) {
        return esi.read(operation(corporationId, "/divisions", DIVISION_GROUP),
                etag -> client.divisions(corporationId.value(), bearer(token), etag),
                EsiJson.one(DivisionsDto.class, CorporationMapper::toDivisions));
    }

    private static EsiOperation operation(CorporationId corporationId, String rest, String group) {
        return EsiOperation.corporation("/corporations/" + corporationId + rest, group, corporationId);
    }
}
