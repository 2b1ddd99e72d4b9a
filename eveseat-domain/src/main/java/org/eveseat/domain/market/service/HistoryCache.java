package org.eveseat.domain.market.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.market.port.out.MarketHistoryRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Storage in front of ESI's history: the stored copy while it is current, else one ESI read whose answer is
 * stored (a 304 only moves the expiry). When ESI fails, an expired copy is better than none; with none, the
 * failure goes to the caller.
 */
final class HistoryCache {
    private final MarketEsi esi;
    private final MarketHistoryRepository histories;
    private final Clock clock;

    HistoryCache(MarketEsi esi, MarketHistoryRepository histories, Clock clock) {
        this.esi = esi;
        this.histories = histories;
        this.clock = clock;
    }

    /** Reads ESI unless the stored copy is current; answers whether it read. ESI's failures go to the caller. */
    boolean refreshIfExpired(RegionId regionId, TypeId typeId) {
        Optional<MarketHistory> stored = histories.find(regionId, typeId);
        if (stored.filter(this::current).isPresent()) {
            return false;
        }
        refresh(regionId, typeId, stored);
        return true;
    }

    MarketHistory history(RegionId regionId, TypeId typeId) {
        Optional<MarketHistory> stored = histories.find(regionId, typeId);
        if (stored.filter(this::current).isPresent()) {
            return stored.get();
        }
        try {
            return refresh(regionId, typeId, stored);
        } catch (DomainException e) {
            return stored.orElseThrow(() -> e);
        }
    }

    private MarketHistory refresh(RegionId regionId, TypeId typeId, Optional<MarketHistory> stored) {
        EsiResult<List<MarketHistoryDay>> read = esi.history(regionId, typeId);
        if (read instanceof EsiResult.Fresh<List<MarketHistoryDay>> fresh) {
            MarketHistory history = new MarketHistory(regionId, typeId, fresh.expires(), fresh.value());
            histories.save(history);
            return history;
        }
        if (stored.isPresent()) {
            histories.extend(regionId, typeId, read.expires());
            return new MarketHistory(regionId, typeId, read.expires(), stored.get().days());
        }
        return new MarketHistory(regionId, typeId, read.expires(), List.of());
    }

    private boolean current(MarketHistory history) {
        return history.expiresAt().isAfter(clock.instant());
    }
}
