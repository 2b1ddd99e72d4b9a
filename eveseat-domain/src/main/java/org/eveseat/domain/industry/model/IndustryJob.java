package org.eveseat.domain.industry.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An industry job of a character or corporation. {@code activityId} is EVE's activity number (1 manufacturing,
 * 5 copying, 8 invention, ...); {@code locationId} is the station or structure of the facility. Fields ESI only
 * reports for some activities or states are null.
 */
public record IndustryJob(long jobId, int activityId, IndustryJobStatus status, CharacterId installerId,
                          long facilityId, long locationId, long blueprintId, TypeId blueprintTypeId,
                          long blueprintLocationId, long outputLocationId, TypeId productTypeId, int runs,
                          Integer licensedRuns, Integer successfulRuns, Double probability, Isk cost,
                          Duration duration, Instant startDate, Instant endDate, Instant pauseDate,
                          Instant completedDate, CharacterId completedCharacterId) {
    public IndustryJob {
        Require.positive(jobId, "job id");
        Require.positive(activityId, "activity id");
        Require.present(status, "job status");
        Require.present(installerId, "installer");
        Require.positive(facilityId, "facility id");
        Require.positive(blueprintId, "blueprint id");
        Require.present(blueprintTypeId, "blueprint type id");
        Require.positive(runs, "runs");
        Require.present(duration, "job duration");
        Require.present(startDate, "job start date");
        Require.present(endDate, "job end date");
    }
}
