package org.eveseat.adapter.esi.character;

import java.math.BigDecimal;
import java.time.Instant;

/** A character's public profile as ESI (2026-06-09 onwards) sends it; the biography is no longer part of it. */
public record CharacterDto(String name, long corporationId, Long allianceId, Long factionId, Instant birthday,
                           String gender, long raceId, long bloodlineId, BigDecimal securityStatus,
                           long achievementScore, String corporationTitle) {
}
