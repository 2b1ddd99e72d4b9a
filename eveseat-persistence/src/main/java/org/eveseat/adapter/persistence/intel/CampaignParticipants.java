package org.eveseat.adapter.persistence.intel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eveseat.domain.intel.model.SovereigntyCampaign.Participant;
import org.eveseat.domain.shared.AllianceId;

/** A freeport campaign's participants in one column: {@code allianceId:score} pairs, comma-separated. */
final class CampaignParticipants {
    private CampaignParticipants() {
    }

    static String toColumn(List<Participant> participants) {
        return participants.stream().map(p -> p.allianceId().value() + ":" + p.score())
                .collect(Collectors.joining(","));
    }

    static List<Participant> fromColumn(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(pair -> pair.split(":"))
                .map(p -> new Participant(new AllianceId(Long.parseLong(p[0])), Double.parseDouble(p[1]))).toList();
    }
}
