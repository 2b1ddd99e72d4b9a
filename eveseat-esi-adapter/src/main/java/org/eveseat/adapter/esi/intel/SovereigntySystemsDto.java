package org.eveseat.adapter.esi.intel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The body of GET /sovereignty/systems. {@code claim} is a oneOf in the spec: exactly one of its members is set.
 */
public record SovereigntySystemsDto(List<SystemDto> solarSystems) {
    public record SystemDto(long solarSystemId, ClaimDto claim) {
    }

    public record ClaimDto(FactionDto faction, AllianceDto alliance, Boolean unclaimed) {
    }

    public record FactionDto(long factionId) {
    }

    public record AllianceDto(long allianceId, long corporationId, Instant claimedSince, boolean isCapitalSystem,
                              DevelopmentDto development, HubDto sovereigntyHub) {
    }

    public record DevelopmentDto(int industrialLevel, int militaryLevel, int strategicLevel,
                                 BigDecimal activityDefenseMultiplier) {
    }

    public record HubDto(long id, WindowDto vulnerabilityWindow) {
    }

    public record WindowDto(Instant start, Instant end) {
    }
}
