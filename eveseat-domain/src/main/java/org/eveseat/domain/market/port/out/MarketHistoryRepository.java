package org.eveseat.domain.market.port.out;

import java.time.Instant;
import java.util.Optional;

import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** The stored copy of ESI's price history per region and type, with ESI's expiry of it. */
public interface MarketHistoryRepository {
    Optional<MarketHistory> find(RegionId regionId, TypeId typeId);

    /** Replaces the type's days in the region with these, and their expiry. */
    void save(MarketHistory history);

    /** ESI confirmed the stored copy (304): only its expiry moves. */
    void extend(RegionId regionId, TypeId typeId, Instant expiresAt);
}
