package org.eveseat.domain.corporation.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.model.CorporationStructure;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A corporation on ESI: its public profile, and what members with the right scope and role may read: the member
 * list and their roles, the structures (Station Manager; all pages walked) and the division names (Director).
 */
public interface CorporationEsi {
    EsiResult<CorporationInfo> info(CorporationId corporationId);

    EsiResult<List<CharacterId>> members(CorporationId corporationId, AccessToken token);

    EsiResult<List<MemberRoles>> roles(CorporationId corporationId, AccessToken token);

    EsiResult<List<CorporationStructure>> structures(CorporationId corporationId, AccessToken token);

    EsiResult<CorporationDivisions> divisions(CorporationId corporationId, AccessToken token);
}
