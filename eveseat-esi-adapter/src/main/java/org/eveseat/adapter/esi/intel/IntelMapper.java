package org.eveseat.adapter.esi.intel;

import java.util.List;

import org.eveseat.adapter.esi.common.dto.WarsWarIdKillmails;
import org.eveseat.domain.intel.model.Belligerent;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.intel.model.War;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.SolarSystemId;

/** ESI's war and incursion bodies onto the domain model. */
final class IntelMapper {
    private IntelMapper() {
    }

    static War toDomain(WarDto dto) {
        List<Belligerent> allies = dto.allies() == null ? List.of()
                : dto.allies().stream().map(a -> party(a.corporationId(), a.allianceId())).toList();
        return new War(dto.id(), dto.declared(), dto.started(), dto.retracted(), dto.finished(), dto.mutual(),
                dto.openForAllies(), side(dto.aggressor()), side(dto.defender()), allies);
    }

    private static War.Side side(WarDto.SideDto side) {
        return new War.Side(party(side.corporationId(), side.allianceId()), new Isk(side.iskDestroyed()),
                side.shipsKilled());
    }

    /** An alliance's war party is the alliance, even if ESI also names a corporation. */
    private static Belligerent party(Long corporationId, Long allianceId) {
        return allianceId != null ? Belligerent.alliance(new AllianceId(allianceId))
                : Belligerent.corporation(new CorporationId(corporationId));
    }

    static KillmailRef toDomain(WarsWarIdKillmails dto) {
        return new KillmailRef(dto.killmailId(), dto.killmailHash());
    }

    static Incursion toDomain(IncursionDto dto) {
        return new Incursion(new ConstellationId(dto.constellationId()), dto.factionId(), dto.type(),
                IncursionState.fromEsi(dto.state()), dto.influence().doubleValue(), dto.hasBoss(),
                new SolarSystemId(dto.stagingSolarSystemId()),
                dto.infestedSolarSystems().stream().map(SolarSystemId::new).toList());
    }
}
