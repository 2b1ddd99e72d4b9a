package org.eveseat.adapter.esi.intel;

import java.math.BigDecimal;
import java.util.List;

import org.eveseat.adapter.esi.intel.SovereigntySystemsDto.AllianceDto;
import org.eveseat.adapter.esi.intel.SovereigntySystemsDto.ClaimDto;
import org.eveseat.adapter.esi.intel.SovereigntySystemsDto.WindowDto;
import org.eveseat.domain.intel.model.CampaignEventType;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SovereigntyClaim;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SolarSystemId;

/** ESI's sovereignty bodies onto the domain model. */
final class SovereigntyMapper {
    private SovereigntyMapper() {
    }

    static List<SystemSovereignty> toDomain(SovereigntySystemsDto body) {
        return body.solarSystems() == null ? List.of() : body.solarSystems().stream()
                .map(s -> new SystemSovereignty(new SolarSystemId(s.solarSystemId()), claim(s.claim()))).toList();
    }

    /** The spec's oneOf: a faction, an alliance, or {@code unclaimed}. */
    private static SovereigntyClaim claim(ClaimDto claim) {
        if (claim.faction() != null) {
            return new SovereigntyClaim.Faction(claim.faction().factionId());
        }
        return claim.alliance() == null ? new SovereigntyClaim.Unclaimed() : alliance(claim.alliance());
    }

    private static SovereigntyClaim alliance(AllianceDto claim) {
        var development = claim.development();
        WindowDto window = claim.sovereigntyHub().vulnerabilityWindow();
        return new SovereigntyClaim.Alliance(new AllianceId(claim.allianceId()),
                new CorporationId(claim.corporationId()), claim.claimedSince(), claim.isCapitalSystem(),
                new SovereigntyClaim.Development(development.industrialLevel(), development.militaryLevel(),
                        development.strategicLevel(), development.activityDefenseMultiplier().doubleValue()),
                // no window: the hub is part of an active campaign
                new SovereigntyClaim.Hub(claim.sovereigntyHub().id(), window == null ? null : window.start(),
                        window == null ? null : window.end()));
    }

    static SovereigntyCampaign toDomain(SovereigntyCampaignDto dto) {
        List<SovereigntyCampaign.Participant> participants = dto.participants() == null ? List.of()
                : dto.participants().stream().map(p -> new SovereigntyCampaign.Participant(
                        new AllianceId(p.allianceId()), p.score().doubleValue())).toList();
        return new SovereigntyCampaign(dto.campaignId(), CampaignEventType.fromEsi(dto.eventType()),
                dto.structureId(), new SolarSystemId(dto.solarSystemId()),
                new ConstellationId(dto.constellationId()), dto.startTime(),
                dto.defenderId() == null ? null : new AllianceId(dto.defenderId()), orNull(dto.defenderScore()),
                orNull(dto.attackersScore()), participants);
    }

    private static Double orNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
