package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.List;

/** A sovereignty campaign; {@code eventType}: tcu_defense, ihub_defense, station_defense or station_freeport. */
public record SovereigntyCampaign(long campaignId, long structureId, long solarSystemId, long constellationId,
                                  String eventType, Instant startTime, Long defenderId, Double defenderScore,
                                  Double attackersScore, List<Participant> participants) {

    public record Participant(long allianceId, double score) {
    }
}
