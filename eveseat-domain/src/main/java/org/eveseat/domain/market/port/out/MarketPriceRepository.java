package org.eveseat.domain.market.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.shared.TypeId;

/**
 * CCP's universe-wide prices as last read: one row per type, replaced whole by each read (a type ESI no longer
 * lists has no price any more).
 */
public interface MarketPriceRepository {
    void replaceAll(List<MarketPrice> prices);

    Map<TypeId, MarketPrice> find(Collection<TypeId> typeIds);

    /** The prices by type id, {@code limit} from {@code offset} on. */
    List<MarketPrice> page(int offset, int limit);

    long count();
}
