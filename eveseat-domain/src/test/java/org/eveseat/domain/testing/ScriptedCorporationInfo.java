package org.eveseat.domain.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.model.CorporationKind;
import org.eveseat.domain.corporation.model.CorporationState;
import org.eveseat.domain.corporation.model.CorporationStructure;
import org.eveseat.domain.corporation.model.FriendlyFire;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * The public profile of corporations on ESI, in the alliance {@link #alliance} (null: none). An answer queued in
 * {@link #next} (an {@link EsiResult} or a {@link RuntimeException}) replaces the next one. The reads that need a
 * member's token are not part of this script and fail.
 */
public final class ScriptedCorporationInfo implements CorporationEsi {
    public AllianceId alliance;
    public final Deque<Object> next = new ArrayDeque<>();

    @Override
    public EsiResult<CorporationInfo> info(CorporationId corporationId) {
        Object scripted = next.poll();
        if (scripted instanceof RuntimeException failure) {
            throw failure;
        }
        if (scripted instanceof EsiResult<?> result) {
            @SuppressWarnings("unchecked")
            EsiResult<CorporationInfo> answer = (EsiResult<CorporationInfo>) result;
            return answer;
        }
        return new EsiResult.Fresh<>(new CorporationInfo(corporationId, "Corp " + corporationId, "CORP",
                CorporationKind.fromEsi("player_owned"), CorporationState.fromEsi("active"), alliance,
                new CharacterId(2112625428L), null, null, 12, 1000, 60003760, 10, 5, FriendlyFire.fromEsi("illegal"),
                true, null, null, null), ScriptedContactEsi.EXPIRES);
    }

    @Override
    public EsiResult<List<CharacterId>> members(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public EsiResult<List<MemberRoles>> roles(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public EsiResult<List<CorporationStructure>> structures(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public EsiResult<CorporationDivisions> divisions(CorporationId corporationId, AccessToken token) {
        throw new UnsupportedOperationException("not scripted");
    }
}
