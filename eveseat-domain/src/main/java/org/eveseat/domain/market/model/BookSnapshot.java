package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.RegionId;

/** The region's current snapshot. */
public record BookSnapshot(RegionId regionId, long snapshotId, Instant fetchedAt, Instant expiresAt, long orderCount) {
}
