package org.eveseat.domain.intel.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A scheduled or running fight over a sovereignty structure. Defence events name the defender and carry scores;
 * freeport events have neither (null) and list participants instead.
 */
public record SovereigntyCampaign(long campaignId, CampaignEventType eventType, long structureId,
                                  SolarSystemId solarSystemId, ConstellationId constellationId, Instant startTime,
                                  AllianceId defenderId, Double defenderScore, Double attackersScore,
                                  List<Participant> participants) {
    public SovereigntyCampaign {
        Require.positive(campaignId, "campaign id");
        Require.present(eventType, "event type");
        Require.positive(structureId, "structure id");
        Require.present(solarSystemId, "solar system");
        Require.present(constellationId, "constellation");
        Require.present(startTime, "start time");
        participants = Require.list(participants, "participants");
    }

    public record Participant(AllianceId allianceId, double score) {
        public Participant {
            Require.present(allianceId, "participant alliance");
        }
    }
}
