package org.eveseat.adapter.esi.intel;

/** One item of {@code GET /fw/systems}. */
public record WarzoneSystemDto(long solarSystemId, long ownerFactionId, long occupierFactionId, String contested,
                               long victoryPoints, long victoryPointsThreshold) {
}
