package org.eveseat.adapter.esi.character;

/** One answer of POST /characters/affiliation. */
public record AffiliationDto(long characterId, long corporationId, Long allianceId, Long factionId) {
}
