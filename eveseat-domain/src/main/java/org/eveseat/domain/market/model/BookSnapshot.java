package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * A region's current order book as stored: which snapshot readers see, when ESI gave it, until when ESI caches it,
 * and how many open orders it holds.
 */
public record BookSnapshot(RegionId regionId, long snapshotId, Instant fetchedAt, Instant expiresAt,
                           long orderCount) {
    public BookSnapshot {
        Require.present(regionId, "region id");
        Require.positive(snapshotId, "snapshot id");
        Require.present(fetchedAt, "fetched at");
        Require.present(expiresAt, "expires at");
        Require.notNegative(orderCount, "order count");
    }
}
