package org.eveseat.domain.contract.port.in;

import java.time.Instant;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * One walk over a region's public contract listing. Its start time marks every contract seen on the way, so
 * whatever was last seen before it dropped out of the listing; a restarted walk keeps its first start.
 */
public record PublicContractsWalk(RegionId regionId, Instant startedAt) {
    public PublicContractsWalk {
        Require.present(regionId, "region id");
        Require.present(startedAt, "walk start");
    }
}
