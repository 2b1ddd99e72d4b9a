package org.eveseat.domain.testing;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.model.CorporationStructure;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/** A corporation on ESI that answers roles and division names as set, or throws the failure set for them. */
public final class ScriptedCorporationEsi implements CorporationEsi {
    public EsiResult<List<MemberRoles>> roles;
    public EsiResult<CorporationDivisions> divisions;
    public RuntimeException failure;

    @Override
    public EsiResult<List<MemberRoles>> roles(CorporationId corporationId, AccessToken token) {
        return answer(roles);
    }

    @Override
    public EsiResult<CorporationDivisions> divisions(CorporationId corporationId, AccessToken token) {
        return answer(divisions);
    }

    @Override
    public EsiResult<CorporationInfo> info(CorporationId corporationId) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public EsiResult<List<CharacterId>> members(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public EsiResult<List<CorporationStructure>> structures(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }

    private <T> T answer(T scripted) {
        if (failure != null) {
            throw failure;
        }
        return scripted;
    }
}
