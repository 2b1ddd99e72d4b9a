package org.eveseat.adapter.esi.intel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A sovereignty campaign as ESI sends it; scores and defender are absent on freeport events. */
public record SovereigntyCampaignDto(long campaignId, String eventType, long structureId, long solarSystemId,
                                     long constellationId, Instant startTime, Long defenderId,
                                     BigDecimal defenderScore, BigDecimal attackersScore,
                                     List<ParticipantDto> participants) {
    public record ParticipantDto(long allianceId, BigDecimal score) {
    }
}
