package org.eveseat.adapter.esi.industry;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An industry job as ESI sends it. Character jobs name their facility's location {@code station_id}, corporation
 * jobs {@code location_id}; one record reads both.
 */
public record IndustryJobDto(long jobId, int activityId, String status, long installerId, long facilityId,
                             Long stationId, Long locationId, long blueprintId, long blueprintTypeId,
                             long blueprintLocationId, long outputLocationId, Long productTypeId, int runs,
                             Integer licensedRuns, Integer successfulRuns, Double probability, BigDecimal cost,
                             long duration, Instant startDate, Instant endDate, Instant pauseDate,
                             Instant completedDate, Long completedCharacterId) {
}
